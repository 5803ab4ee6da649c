import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startApp, type RunningApp } from '../helpers/app'
import { logInToAdmin, screenshot, useBrowser } from '../helpers/browser'
import { draftArticleBy } from '../helpers/content'
import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin, TEST_PASSWORD } from '../helpers/users'

const ctx = usePayload()
const chrome = useBrowser()
let app: RunningApp

beforeAll(async () => {
  // SERVER_URL names another host than the one the admin is opened on (as with the default
  // http://localhost:3000 and a browser on 127.0.0.1). No job queue: the shared app runs it.
  app = await startApp(inject('databaseUrl'), { SERVER_URL: 'http://localhost:9' })
})
afterAll(async () => {
  await app?.stop()
})

describe('draft preview from the host the admin was opened on', () => {
  it('opens the Preview and the Live Preview pane on 127.0.0.1 when SERVER_URL says localhost, signed in', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'], 'Eun-ji Editor')
    const doc = await draftArticleBy(ctx.payload, editor)
    const context = await chrome.browser.newContext({ viewport: { width: 1500, height: 1000 } })
    const page = await context.newPage()
    await logInToAdmin(page, app.url, editor.email, TEST_PASSWORD)
    await page.goto(`${app.url}/admin/collections/articles/${doc.id}`)

    // Payload's Preview is a link (target=_blank) in the document controls.
    const link = page.locator('#preview-button')
    await link.waitFor({ timeout: 30_000 })
    expect(new URL((await link.getAttribute('href')) ?? '').origin).toBe(app.url)
    const [preview] = await Promise.all([context.waitForEvent('page', { timeout: 30_000 }), link.click()])
    await preview.waitForLoadState()
    expect(new URL(preview.url()).origin).toBe(app.url)
    await preview.getByText('Draft preview.').waitFor({ timeout: 30_000 })
    expect(await preview.locator('h1').first().textContent()).toBe(doc.title)
    await screenshot(preview, 'preview-origin-draft')
    await preview.close()

    await page.getByRole('button', { name: 'Live Preview' }).click({ timeout: 30_000 })
    const src = await page.locator('iframe').first().getAttribute('src')
    expect(new URL(src ?? '', 'http://unused.invalid').origin).toBe(app.url)
    await page.frameLocator('iframe').first().getByText('Draft preview.').waitFor({ timeout: 30_000 })
    await screenshot(page, 'preview-origin-live-pane')
    await context.close()
  })
})
