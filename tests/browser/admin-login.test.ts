import { describe, expect, inject, it } from 'vitest'

import { screenshot, signedInPage, useBrowser } from '../helpers/browser'
import { serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin, TEST_PASSWORD } from '../helpers/users'
import { expectServerErrors, ServerLog } from '../helpers/serverLog'

const ctx = usePayload()
const chrome = useBrowser()

// The wrong-password test: Payload logs the refused login as an ERROR.
expectServerErrors(/The email or password provided is incorrect/)

describe('the admin panel', () => {
  it('lets an editor log in and see the editorial collections', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'], 'Eun-ji Editor')
    const page = await chrome.browser.newPage({ viewport: { width: 1280, height: 900 } })
    try {
      await page.goto(`${serverUrl()}/admin/login`)
      await page.getByLabel('Email').fill(editor.email)
      await page.getByLabel('Password').fill(TEST_PASSWORD)
      await page.getByRole('button', { name: 'Login' }).click()
      await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
      for (const label of ['Articles', 'Treatments', 'FAQs', 'Korean beauty tips']) {
        await page.getByRole('link', { name: label }).first().waitFor({ state: 'visible', timeout: 15_000 })
      }
      await screenshot(page, 'admin-dashboard-editor')
    } finally {
      await page.close()
    }
  })

  it('refuses a wrong password with a message', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const page = await chrome.browser.newPage()
    try {
      await page.goto(`${serverUrl()}/admin/login`)
      await page.getByLabel('Email').fill(editor.email)
      await page.getByLabel('Password').fill('not-the-password')
      await page.getByRole('button', { name: 'Login' }).click()
      await page
        .getByText(/incorrect|invalid/i)
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 })
      expect(page.url()).toContain('/admin/login')
    } finally {
      await page.close()
    }
  })
})

describe('a form that outlived its session', () => {
  it('is refused as it is edited, and the server logs a refusal, not an error', async () => {
    const reviewer = await createUser(ctx.payload, ['reviewer'], 'Lapsed Reviewer')
    const { page, close } = await signedInPage(chrome.browser, serverUrl(), reviewer.email)
    const logFile = inject('serverLogFile')
    expect(logFile, 'the shared server writes a log').toBeTruthy()
    const log = new ServerLog(logFile!)
    let refused = false
    const sawRefusal = () => (refused ||= log.newLines().some((line) => line.includes('Form state refused')))
    try {
      await page.goto(`${serverUrl()}/admin/collections/topics/create`)
      const name = page.locator('#field-name')
      await name.waitFor({ timeout: 30_000 })
      // The form must be live before the session ends: the input is in the server's HTML before
      // React takes it over, and what is typed before that asks for nothing. A first letter
      // typed with the session, and the form-state request it sends, show that it is.
      const formStateAnswered = page.waitForResponse(
        (response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']),
        { timeout: 30_000 },
      )
      await name.pressSequentially('L', { delay: 30 })
      await formStateAnswered
      log.skipToEnd()
      // The session ends (signed out elsewhere, or expired) while the form is open; the form
      // asks for its state as it is typed in, now without credentials.
      await page.context().clearCookies()
      await name.pressSequentially('apsed session', { delay: 30 })
      await expect.poll(sawRefusal, { timeout: 20_000, message: 'a form-state request refused after the session ended' }).toBe(true)
      await screenshot(page, 'form-after-session-ended')
      // What the setup file checks after this file: no ERROR line, the refusal included.
    } finally {
      await close()
    }
  })
})

describe('the editorial dashboard', () => {
  it('shows the workflow chart, the queues and recent activity', async () => {
    const reviewer = await createUser(ctx.payload, ['reviewer'], 'Dash Reviewer')
    const title = `Waiting for review ${Date.now()}`
    await ctx.payload.create({
      collection: 'articles',
      data: { title, workflowState: 'in-review' } as never,
      draft: true,
    })
    const page = await chrome.browser.newPage({ viewport: { width: 1280, height: 1000 } })
    try {
      await page.goto(`${serverUrl()}/admin/login`)
      await page.getByLabel('Email').fill(reviewer.email)
      await page.getByLabel('Password').fill(TEST_PASSWORD)
      await page.getByRole('button', { name: 'Login' }).click()
      await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
      for (const name of [
        'Content by workflow state',
        'My drafts',
        'Assigned to me',
        'Unassigned reviews',
        'Scheduled',
        'Due for re-review',
        'Recent activity',
      ]) {
        await page.getByRole('region', { name }).waitFor({ timeout: 15_000 })
      }
      await page
        .getByRole('region', { name: 'Unassigned reviews' })
        .getByRole('link', { name: title })
        .waitFor({ timeout: 15_000 })
      const inReview = await page
        .getByRole('region', { name: 'Content by workflow state' })
        .getByRole('listitem')
        .filter({ hasText: 'In review' })
        .first()
        .textContent()
      expect(Number(inReview?.match(/(\d+)\s*$/)?.[1])).toBeGreaterThanOrEqual(1)
      await screenshot(page, 'admin-dashboard-reviewer')
    } finally {
      await page.close()
    }
  })
})
