import { describe, expect, it } from 'vitest'

import { screenshot, signedInPage, useBrowser } from '../helpers/browser'
import { serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createTeam, editorDraft, workflow } from '../helpers/team'

/*
 * The document's Versions tab says which workflow action made each version (issue #10), where
 * Payload's own list showed rows of "Draft". The steps before are REST calls: what is under
 * test is reading the history in the admin.
 */
const ctx = usePayload()
const chrome = useBrowser()

describe('the version history in the admin', () => {
  it('labels each version with the workflow action and who took it, and opens the compare view from a row', async () => {
    const team = await createTeam(ctx.payload)
    const doc = await editorDraft(ctx.payload, team, { medical: true })
    await workflow(team, 'editor', doc.id, 'submit')
    await workflow(team, 'medic', doc.id, 'sign-off')
    await workflow(team, 'reviewer', doc.id, 'approve')
    await workflow(team, 'reviewer', doc.id, 'publish')

    const rv = await signedInPage(chrome.browser, serverUrl(), team.users.reviewer.email)
    await rv.page.goto(`${serverUrl()}/admin/collections/articles/${doc.id}`)
    await rv.page.locator('.doc-tabs').getByRole('link', { name: /Versions/ }).click()
    await rv.page.waitForURL(/\/versions$/, { timeout: 20_000 })
    const rows = rv.page.locator('.gw-versions tbody tr')
    await rows.first().waitFor({ timeout: 20_000 })
    const events = await rv.page.locator('.gw-versions .gw-version-event').allTextContents()
    expect(events).toEqual([
      'Published · Rae Reviewer',
      'Approved · Rae Reviewer',
      'Medically signed off · Dr Min Park',
      'Submitted for review · Eun-ji Editor',
      'Edited',
    ])
    await rows.first().getByText('Published (online)').waitFor()
    // Times to the second: versions made within the same minute read apart.
    const times = await rv.page.locator('.gw-versions tbody td.cell-updatedAt').allTextContents()
    expect(times[0]).toMatch(/\d{2}:\d{2}:\d{2}$/)
    await screenshot(rv.page, 'version-history-labelled')

    await rows.filter({ hasText: 'Approved · Rae Reviewer' }).getByRole('link').click()
    await rv.page.waitForURL(/\/versions\/\d+$/, { timeout: 20_000 })
    await rv.page.getByText(doc.title).first().waitFor({ timeout: 20_000 })
    await screenshot(rv.page, 'version-history-compare-approved')
    await rv.close()
  }, 120_000)
})
