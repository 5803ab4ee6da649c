import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { logInToAdmin, screenshot, useBrowser } from '../helpers/browser'
import { checklistReadyArticle, draftArticleBy } from '../helpers/content'
import { serverUrl } from '../helpers/http'
import { readMails } from '../helpers/mail'
import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin, TEST_PASSWORD } from '../helpers/users'

const ctx = usePayload()
const chrome = useBrowser()

const logIn = (page: Page, email: string) => logInToAdmin(page, serverUrl(), email, TEST_PASSWORD)

const panel = (page: Page) => page.getByRole('region', { name: 'Editorial workflow' })

describe('the review panel', () => {
  it('lets an editor submit and a reviewer request changes with a note, in the document sidebar', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'], 'Eun-ji Editor')
    const reviewer = await createUser(ctx.payload, ['reviewer'], 'Rae Reviewer')
    const doc = await draftArticleBy(ctx.payload, editor)
    const url = `${serverUrl()}/admin/collections/articles/${doc.id}`

    const editorContext = await chrome.browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await editorContext.newPage()
    await logIn(page, editor.email)
    await page.goto(url)
    await panel(page).getByText('Draft', { exact: true }).waitFor({ timeout: 30_000 })
    expect(await panel(page).getByRole('button', { name: 'Approve' }).count()).toBe(0)
    await panel(page).getByRole('button', { name: 'Submit for review' }).click()
    await panel(page).getByText('In review', { exact: true }).waitFor({ timeout: 15_000 })
    await screenshot(page, 'workflow-panel-editor-submitted')
    await editorContext.close()

    const reviewerContext = await chrome.browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const review = await reviewerContext.newPage()
    await logIn(review, reviewer.email)
    await review.goto(url)
    await panel(review).getByText('In review', { exact: true }).waitFor({ timeout: 30_000 })
    await panel(review).getByLabel('Note to the author').fill('Please add a source for the sunscreen claim.')
    await panel(review).getByRole('button', { name: 'Request changes' }).click()
    await panel(review).getByText('Changes requested', { exact: true }).waitFor({ timeout: 15_000 })
    await panel(review).getByLabel('Add a comment').fill('Otherwise lovely.')
    await panel(review).getByRole('button', { name: 'Comment' }).click()
    await panel(review).getByRole('listitem').filter({ hasText: 'Otherwise lovely.' }).waitFor({ timeout: 15_000 })
    expect(await review.getByRole('button', { name: /^Publish/ }).count()).toBe(0)
    await screenshot(review, 'workflow-panel-reviewer-changes-requested')
    await reviewerContext.close()

    const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(stored.workflowState).toBe('changes-requested')
    const trail = await ctx.payload.find({
      collection: 'workflow-events',
      where: { docId: { equals: doc.id } },
      sort: 'at',
    })
    expect(trail.docs.map((e) => [e.action, e.actorName])).toEqual([
      ['submit', 'Eun-ji Editor'],
      ['request-changes', 'Rae Reviewer'],
    ])
  }, 180_000)

  it('carries a medical article from the editor’s draft to the public, with the audit trail and emails', async () => {
    const editor = await createUser(ctx.payload, ['editor'], 'Eun-ji Editor')
    const reviewer = await createUser(ctx.payload, ['reviewer'], 'Rae Reviewer')
    const medic = await ctx.payload.update({
      collection: 'users',
      id: (await createUser(ctx.payload, ['medical-reviewer'], 'Dr Min Park')).id,
      data: { credentials: 'MD, dermatologist' },
    })
    const doc = await ctx.payload.create({
      collection: 'articles',
      data: { ...(await checklistReadyArticle(ctx.payload)), medical: true } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const url = `${serverUrl()}/admin/collections/articles/${doc.id}`
    const as = async (email: string, steps: (page: Page) => Promise<void>) => {
      const context = await chrome.browser.newContext({ viewport: { width: 1400, height: 1000 } })
      const page = await context.newPage()
      try {
        await logIn(page, email)
        await page.goto(url)
        await panel(page).getByRole('heading', { name: 'Review' }).waitFor({ timeout: 30_000 })
        await steps(page)
      } finally {
        await context.close()
      }
    }
    const stateIs = (page: Page, label: string) =>
      panel(page).getByText(label, { exact: true }).waitFor({ timeout: 15_000 })

    await as(editor.email, async (page) => {
      await panel(page).getByRole('button', { name: 'Submit for review' }).click()
      await stateIs(page, 'In review')
    })
    await as(reviewer.email, async (page) => {
      await panel(page).getByLabel('Note to the author').fill('Tighten the excerpt, please.')
      await panel(page).getByRole('button', { name: 'Request changes' }).click()
      await stateIs(page, 'Changes requested')
    })
    await as(editor.email, async (page) => {
      await page.getByLabel('Excerpt').fill('Glass skin, explained by a dermatologist.')
      // Autosave stores the change; wait until the server has it.
      const deadline = Date.now() + 20_000
      while (Date.now() < deadline) {
        const current = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })
        if (current.excerpt === 'Glass skin, explained by a dermatologist.') break
        await page.waitForTimeout(500)
      }
      await page.reload()
      await panel(page).getByRole('button', { name: 'Submit for review' }).click()
      await stateIs(page, 'In review')
    })
    await as(medic.email, async (page) => {
      await panel(page).getByRole('button', { name: 'Medical sign-off' }).click()
      await panel(page)
        .getByText(/Medically reviewed by Dr Min Park, MD, dermatologist/)
        .waitFor({ timeout: 15_000 })
    })
    await as(reviewer.email, async (page) => {
      await panel(page).getByRole('button', { name: 'Approve' }).click()
      await stateIs(page, 'Approved')
      await panel(page).getByRole('button', { name: 'Publish now' }).click()
      await stateIs(page, 'Published')
      await screenshot(page, 'workflow-panel-published')
    })

    const page = await fetch(`${serverUrl()}/blog/${doc.slug}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(doc.title)
    expect(html).toMatch(/Medically reviewed by[\s\S]{0,200}Dr Min Park/)
    const visible = await fetch(`${serverUrl()}/api/articles/${doc.id}`)
    expect(visible.status).toBe(200)
    expect(((await visible.json()) as { excerpt: string }).excerpt).toBe('Glass skin, explained by a dermatologist.')
    const trail = await ctx.payload.find({
      collection: 'workflow-events',
      where: { docId: { equals: doc.id } },
      sort: 'at',
    })
    expect(trail.docs.map((e) => [e.action, e.actorName])).toEqual([
      ['submit', 'Eun-ji Editor'],
      ['request-changes', 'Rae Reviewer'],
      ['submit', 'Eun-ji Editor'],
      ['sign-off', 'Dr Min Park'],
      ['approve', 'Rae Reviewer'],
      ['publish', 'Rae Reviewer'],
    ])
    const mails = readMails().filter((m) => m.includes(doc.title))
    expect(mails.some((m) => m.includes(`To: ${editor.email}`) && m.includes('Tighten the excerpt'))).toBe(true)
    expect(mails.some((m) => m.includes(`To: ${editor.email}`) && /Publish now/.test(m))).toBe(true)
  }, 180_000)
})
