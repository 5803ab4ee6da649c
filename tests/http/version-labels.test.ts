import { describe, expect, it } from 'vitest'

import { versionEventLabel } from '../../src/workflow/machine'
import type { WorkflowStatus } from '../../src/workflow/payload/describe'
import { api } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createTeam, editorDraft, type Team, workflow } from '../helpers/team'

/*
 * Each version in a document's history says which workflow action made it (issue #10): the
 * labels the admin's Versions tab shows, read back over REST as a reviewer reads them.
 */
const ctx = usePayload()

interface VersionDoc {
  id: number
  version: { workflowEvent?: string | null; workflowEventBy?: string | null; _status?: string }
}

async function versionsOf(team: Team, id: number): Promise<VersionDoc[]> {
  const query = `where[parent][equals]=${id}&sort=createdAt&limit=100&depth=0`
  const response = await api(`/api/articles/versions?${query}`, { token: team.tokens.reviewer })
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: VersionDoc[] }).docs
}

const edit = async (team: Team, id: number, excerpt: string) => {
  const response = await api(`/api/articles/${id}?draft=true`, {
    method: 'PATCH',
    token: team.tokens.editor,
    body: JSON.stringify({ excerpt }),
  })
  expect(response.status).toBe(200)
}

describe('version labels', () => {
  it('labels the versions of submit → sign-off → changes → resubmit → sign-off → approve → publish', async () => {
    const team = await createTeam(ctx.payload)
    const doc = await editorDraft(ctx.payload, team, { medical: true })
    await workflow(team, 'editor', doc.id, 'submit')
    await workflow(team, 'medic', doc.id, 'sign-off')
    const note = await api(`/api/articles/${doc.id}/workflow`, {
      method: 'POST',
      token: team.tokens.reviewer,
      body: JSON.stringify({ action: 'request-changes', note: 'Cite the study, please.' }),
    })
    expect(note.status).toBe(200)
    await edit(team, doc.id, 'With the study cited.')

    // The reviewer's "Changes since your last review" opens the version their request made.
    const status = await api(`/api/articles/${doc.id}/workflow`, { token: team.tokens.reviewer })
    const { compare } = (await status.json()) as WorkflowStatus
    const link = compare.find((c) => c.label === 'Changes since your last review')
    expect(link, JSON.stringify(compare)).toBeDefined()
    const [, to, from] = /\/versions\/(\d+)\?versionFrom=(\d+)$/.exec(link!.href) ?? []
    const sofar = await versionsOf(team, doc.id)
    const byId = new Map(sofar.map((v) => [String(v.id), versionEventLabel(v.version)]))
    expect(byId.get(from)).toBe('Changes requested · Rae Reviewer')
    expect(to).toBe(String(sofar.at(-1)?.id))
    expect(byId.get(to)).toBe('Edited')

    await workflow(team, 'editor', doc.id, 'submit')
    await workflow(team, 'medic', doc.id, 'sign-off')
    await workflow(team, 'reviewer', doc.id, 'approve')
    await workflow(team, 'reviewer', doc.id, 'publish')

    const versions = await versionsOf(team, doc.id)
    const labels = versions.map((v) => versionEventLabel(v.version))
    // The creation and the edit are plain saves; every workflow step made exactly one version.
    expect(labels.filter((label) => label !== 'Edited')).toEqual([
      'Submitted for review · Eun-ji Editor',
      'Medically signed off · Dr Min Park',
      'Changes requested · Rae Reviewer',
      'Submitted for review · Eun-ji Editor',
      'Medically signed off · Dr Min Park',
      'Approved · Rae Reviewer',
      'Published · Rae Reviewer',
    ])
    expect(labels[0]).toBe('Edited')
    expect(versions.at(-1)?.version._status).toBe('published')
    // The document itself carries the last one (what the next version snapshots unless edited).
    const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect([stored.workflowEvent, stored.workflowEventBy]).toEqual(['publish', 'Rae Reviewer'])
  })

  it('labels a version no workflow action made as an edit, whatever the write sent', async () => {
    const team = await createTeam(ctx.payload)
    const doc = await editorDraft(ctx.payload, team)
    await workflow(team, 'editor', doc.id, 'submit')
    await workflow(team, 'editor', doc.id, 'withdraw')
    const response = await api(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: team.tokens.editor,
      body: JSON.stringify({ excerpt: 'Rewritten.', workflowEvent: 'approve', workflowEventBy: 'Someone Else' }),
    })
    expect(response.status).toBe(200)
    const labels = (await versionsOf(team, doc.id)).map((v) => versionEventLabel(v.version))
    expect(labels.slice(-3)).toEqual(['Submitted for review · Eun-ji Editor', 'Withdrawn · Eun-ji Editor', 'Edited'])
  })
})
