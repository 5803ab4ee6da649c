import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { Article, User } from '../../payload-types'
import { checklistReadyArticle } from './content'
import { api, login } from './http'
import { createUser, ensureAdmin } from './users'

export type Member = 'editor' | 'reviewer' | 'medic' | 'admin'

export interface Team {
  users: Record<Member, User>
  tokens: Record<Member, string>
}

/** An editor, a reviewer, a medical reviewer (with credentials) and an admin, signed in over REST. */
export async function createTeam(payload: Payload): Promise<Team> {
  await ensureAdmin(payload)
  const users = {
    editor: await createUser(payload, ['editor'], 'Eun-ji Editor'),
    reviewer: await createUser(payload, ['reviewer'], 'Rae Reviewer'),
    medic: await payload.update({
      collection: 'users',
      id: (await createUser(payload, ['medical-reviewer'], 'Dr Min Park')).id,
      data: { credentials: 'MD, dermatologist' },
    }),
    admin: await createUser(payload, ['admin'], 'Ada Admin'),
  }
  return {
    users,
    tokens: {
      editor: await login(users.editor.email),
      reviewer: await login(users.reviewer.email),
      medic: await login(users.medic.email),
      admin: await login(users.admin.email),
    },
  }
}

/** POST /api/<collection>/<id>/workflow, expecting success. */
export async function workflow(team: Team, who: Member, id: number, action: string, collection = 'articles'): Promise<void> {
  const response = await api(`/api/${collection}/${id}/workflow`, {
    method: 'POST',
    token: team.tokens[who],
    body: JSON.stringify({ action }),
  })
  if (response.status !== 200) throw new Error(`${who} ${action} #${id}: ${response.status} ${await response.text()}`)
}

/** A draft article saved by the editor over REST, as the admin does it. */
export async function editorDraft(payload: Payload, team: Team, overrides: Record<string, unknown> = {}): Promise<Article> {
  // Saving without ?draft=true means "publish" in Payload; editors save drafts.
  const response = await api('/api/articles?draft=true', {
    method: 'POST',
    token: team.tokens.editor,
    body: JSON.stringify(await checklistReadyArticle(payload, overrides)),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Article }).doc
}

/** Editor submits, reviewer approves and publishes: the only way an article goes live. */
export async function reviewAndPublish(team: Team, id: number): Promise<void> {
  await workflow(team, 'editor', id, 'submit')
  await workflow(team, 'reviewer', id, 'approve')
  await workflow(team, 'reviewer', id, 'publish')
}
