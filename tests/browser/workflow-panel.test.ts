import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { screenshot, useBrowser } from '../helpers/browser'
import { checklistReadyArticle } from '../helpers/content'
import { serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createUser, ensureAdmin, TEST_PASSWORD } from '../helpers/users'

const ctx = usePayload()
const chrome = useBrowser()

async function logIn(page: Page, email: string) {
  await page.goto(`${serverUrl()}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
}

const panel = (page: Page) => page.getByRole('region', { name: 'Editorial workflow' })

describe('the review panel', () => {
  it('lets an editor submit and a reviewer request changes with a note, in the document sidebar', async () => {
    await ensureAdmin(ctx.payload)
    const editor = await createUser(ctx.payload, ['editor'], 'Eun-ji Editor')
    const reviewer = await createUser(ctx.payload, ['reviewer'], 'Rae Reviewer')
    const doc = await ctx.payload.create({
      collection: 'articles',
      data: (await checklistReadyArticle(ctx.payload)) as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
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
  })
})
