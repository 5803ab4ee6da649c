import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { logInToAdmin, screenshot, useBrowser } from '../helpers/browser'
import { draftArticleBy } from '../helpers/content'
import { serverUrl } from '../helpers/http'
import { unique, usePayload } from '../helpers/payload'
import { createUser, ensureAdmin, TEST_PASSWORD } from '../helpers/users'

const ctx = usePayload()
const chrome = useBrowser()

const logIn = (page: Page, email: string) => logInToAdmin(page, serverUrl(), email, TEST_PASSWORD)

describe('Live Preview in the admin', () => {
  it('shows the editor’s draft beside the form and follows what they type', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'], 'Eun-ji Editor')
    const doc = await draftArticleBy(ctx.payload, editor)

    const context = await chrome.browser.newContext({ viewport: { width: 1500, height: 1000 } })
    const page = await context.newPage()
    await logIn(page, editor.email)
    await page.goto(`${serverUrl()}/admin/collections/articles/${doc.id}`)
    await page.getByRole('button', { name: 'Live Preview' }).click({ timeout: 30_000 })

    const frame = page.frameLocator('iframe')
    await frame.getByText('Draft preview.').waitFor({ timeout: 30_000 })
    expect(await frame.locator('h1').first().textContent()).toBe(doc.title)

    const newTitle = `Live title ${unique('lp')}`
    await page.locator('#field-title').fill(newTitle)
    // Autosave (every 2 s) stores the draft; the preview re-renders on the save event.
    await frame.locator('h1', { hasText: newTitle }).waitFor({ timeout: 30_000 })
    await screenshot(page, 'admin-live-preview')

    // A visitor still cannot open the draft.
    const visitor = await chrome.browser.newContext()
    const response = await (await visitor.newPage()).goto(`${serverUrl()}/blog/${doc.slug}`)
    expect(response?.status()).toBe(404)
    await visitor.close()
    await context.close()
  })
})
