import { describe, expect, it } from 'vitest'

import { screenshot, signedInPage, useBrowser } from '../helpers/browser'
import { draftArticleBy } from '../helpers/content'
import { login, serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { expectServerErrors } from '../helpers/serverLog'
import { createUser, ensureAdmin } from '../helpers/users'

// The refused save below is provoked on purpose.
expectServerErrors(/Someone else saved this document/)

const ctx = usePayload()
const chrome = useBrowser()

describe('a save based on an outdated version, in the admin', () => {
  it('shows the conflict in words and keeps the other save, instead of dropping it silently', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'], 'Eun-ji Editor')
    const doc = await draftArticleBy(ctx.payload, editor)
    const { page, close } = await signedInPage(chrome.browser, serverUrl(), editor.email)
    await page.goto(`${serverUrl()}/admin/collections/articles/${doc.id}`)
    await page.locator('#field-excerpt').waitFor({ timeout: 30_000 })

    // Meanwhile the same document is saved elsewhere (another tab, a colleague's script).
    const token = await login(editor.email)
    const current = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    const elsewhere = await fetch(`${serverUrl()}/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ excerpt: 'Saved in the other tab.', updatedAt: current.updatedAt }),
    })
    expect(elsewhere.status).toBe(200)

    // The open form, based on the older version, autosaves the editor's typing: refused.
    await page.locator('#field-excerpt').fill('Typed in the stale form.')
    await page.getByText(/Someone else saved this document/).first().waitFor({ timeout: 30_000 })
    // One plain sentence, not split into bullets by Payload's toast.
    const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'Someone else saved' })
    expect(await toast.locator('li').count()).toBe(0)
    expect(await toast.textContent()).toContain('Your changes were not saved. Reload the document to see theirs')
    await screenshot(page, 'stale-save-conflict')
    const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    expect(stored.excerpt).toBe('Saved in the other tab.')
    await close()
  }, 180_000)
})
