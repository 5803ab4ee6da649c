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

describe('one form saving while its previous autosave is still on the way', () => {
  it('is not refused as a conflict: the queued autosave builds on the one before it', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'], 'Min-jun Slow Network')
    const doc = await draftArticleBy(ctx.payload, editor)
    const { page, close } = await signedInPage(chrome.browser, serverUrl(), editor.email)
    await page.goto(`${serverUrl()}/admin/collections/articles/${doc.id}`)
    await page.locator('#field-excerpt').waitFor({ timeout: 30_000 })

    // Hold the answer of the first autosave (the server has saved; the browser has not heard)
    // while the editor keeps typing, so Payload queues the next autosave behind it.
    let releaseFirst!: () => void
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve))
    let held = 0
    const statuses: number[] = []
    page.on('response', (r) => {
      if (r.request().method() === 'PATCH' && r.url().includes('autosave=true')) statuses.push(r.status())
    })
    await page.route(/\/api\/articles\/\d+\?.*autosave=true/, async (route) => {
      if (held++ > 0) return route.continue()
      const response = await route.fetch()
      await firstHeld
      await route.fulfill({ response })
    })

    await page.locator('#field-excerpt').fill('First thought, saved slowly.')
    await expect.poll(() => held, { timeout: 30_000 }).toBe(1)
    await page.locator('#field-excerpt').fill('Second thought, typed while the first was saving.')
    // Longer than the autosave interval (2 s): the second autosave is now waiting in the queue.
    await page.waitForTimeout(4_000)
    releaseFirst()

    await expect.poll(() => statuses.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
    expect(statuses).toEqual(statuses.map(() => 200))
    expect(await page.getByText(/Someone else saved this document/).count()).toBe(0)
    await expect
      .poll(async () => (await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })).excerpt)
      .toBe('Second thought, typed while the first was saving.')
    await screenshot(page, 'stale-save-queued-autosave')
    await close()
  }, 180_000)
})
