import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { User } from '../../payload-types'
import { idOf } from '../../src/shared/canonical'
import { dropDatabase } from '../../src/server/db/admin'
import { ensureDatabase, withDatabase } from '../../src/server/db/embedded'
import { closePayload } from '../../src/server/payload-lifecycle'
import { performAction } from '../../src/workflow/payload/transition'
import { startApp, type RunningApp } from '../helpers/app'
import { screenshot, signedInPage, useBrowser } from '../helpers/browser'
import { draftArticleBy, richText } from '../helpers/content'
import { migrateDatabase, payloadFor } from '../helpers/migrate'
import { unique } from '../helpers/payload'
import { createUser, ensureAdmin, TEST_PASSWORD } from '../helpers/users'

/*
 * The editorial journey as people click it, on the production build with the job runner on,
 * on a server whose very first request was the admin's login page (its job queue then runs
 * inside that render's context). Its own database, so only this server runs these jobs.
 * Screenshots of every step go to test-results/screenshots/journey-*.png.
 */


/** The FAQ ids chosen in the body's FAQ-list blocks. */
function faqsInBlocks(body: unknown): unknown[] {
  const ids: unknown[] = []
  JSON.stringify(body, (_key, value: { blockType?: string; faqs?: unknown[] } | null) => {
    if (value?.blockType === 'faqList') for (const f of value.faqs ?? []) ids.push(typeof f === 'object' && f ? (f as { id: unknown }).id : f)
    return value
  })
  return ids
}

const database = `gw_journey_${process.pid}_${Date.now()}`
const ctx = {} as { payload: Payload; app: RunningApp; url: string }
const chrome = useBrowser()

beforeAll(async () => {
  await ensureDatabase(inject('adminDatabaseUrl'), database)
  const url = withDatabase(inject('adminDatabaseUrl'), database)
  await migrateDatabase(url)
  ctx.payload = await payloadFor(url)
  ctx.app = await startApp(
    url,
    { GLASSWORKS_RUN_JOBS: 'true', GLASSWORKS_JOBS_CRON: '*/5 * * * * *', MAIL_DIR: inject('mailDir') },
    { firstRequest: '/admin/login' },
  )
  ctx.url = ctx.app.url
})
afterAll(async () => {
  await ctx.app?.stop()
  if (ctx.payload) await closePayload(ctx.payload)
  await dropDatabase(inject('adminDatabaseUrl'), database)
})

const panel = (page: Page) => page.getByRole('region', { name: 'Editorial workflow' })
const stateIs = (page: Page, label: string) => panel(page).getByText(label, { exact: true }).waitFor({ timeout: 20_000 })

const signedIn = (user: User) => signedInPage(chrome.browser, ctx.url, user.email)

async function waitForStored<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 400))
    value = await read()
  }
  return value
}

/** Pick an option of a Payload relationship select by its label. */
async function choose(page: Page, field: string, label: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

describe('the editorial journey, by clicking', () => {
  it('write → submit → sign-off → request changes → resubmit → approve → schedule → live on its own', async () => {
    const { payload } = ctx
    await ensureAdmin(payload)
    const editor = await createUser(payload, ['editor'], 'Eun-ji Editor')
    const reviewer = await createUser(payload, ['reviewer'], 'Rae Reviewer')
    const medic = await payload.update({
      collection: 'users',
      id: (await createUser(payload, ['medical-reviewer'], 'Dr Min Park')).id,
      data: { credentials: 'MD, dermatologist' },
    })
    const topicName = unique('Barrier care')
    await payload.create({ collection: 'topics', data: { name: topicName, slug: topicName.toLowerCase() } })
    const authorName = unique('Ji-woo Kim')
    await payload.create({ collection: 'authors', data: { name: authorName, slug: authorName.toLowerCase() } as never })
    const title = `Barrier repair, step by step ${unique('j')}`
    const faqQuestion = `${unique('Can I use retinol on a damaged barrier')}?`
    const faq = await payload.create({
      collection: 'faqs',
      data: {
        _status: 'published',
        question: faqQuestion,
        slug: faqQuestion.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, ''),
        answer: richText('Pause it until the stinging stops.'),
      } as never,
    })
    const calloutTitle = unique('Before you start')
    const png = path.join(os.tmpdir(), `${unique('hero')}.png`)
    fs.writeFileSync(
      png,
      await sharp({ create: { width: 320, height: 200, channels: 3, background: '#e8c4b8' } }).png().toBuffer(),
    )

    // 1. The editor creates and writes the article.
    const ed = await signedIn(editor)
    await ed.page.goto(`${ctx.url}/admin/collections/articles`)
    await ed.page.getByRole('link', { name: 'Create New' }).first().click()
    await ed.page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    const id = Number(new URL(ed.page.url()).pathname.split('/').pop())
    const readDraft = () => payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    await stateIs(ed.page, 'Draft')
    await screenshot(ed.page, 'journey-01-new-article')
    await ed.page.locator('#field-title').fill(title)
    await ed.page.locator('#field-excerpt').fill('How to calm and rebuild an irritated skin barrier.')
    const body = ed.page.locator('[data-lexical-editor="true"]').first()
    await body.click()
    await ed.page.keyboard.type('## Why the barrier matters')
    await ed.page.keyboard.press('Enter')
    await ed.page.keyboard.type('- Cleanse gently')
    await ed.page.keyboard.press('Enter')
    await ed.page.keyboard.type('Moisturise with ceramides')
    await ed.page.keyboard.press('Enter')
    await ed.page.keyboard.press('Enter')
    await ed.page.keyboard.type('Give it two weeks before judging the result.')
    // A callout from the slash menu…
    await ed.page.keyboard.press('Enter')
    await ed.page.keyboard.type('/')
    await ed.page.getByRole('option', { name: 'Callout / disclaimer' }).click()
    const callout = ed.page.locator('.LexicalEditorTheme__block-callout')
    await callout.locator('.rs__control').click()
    await ed.page.locator('.rs__option', { hasText: 'Key takeaways' }).click()
    await callout.locator('input[name="title"]').fill(calloutTitle)
    // Known defect (closing note), as for the FAQ choice below: an autosave answer merged while
    // one types in the callout's own editor can move the cursor out of it, and the rest of the
    // sentence is lost (CI under load, 2026-12-07). The editor lets the title's save land first.
    await waitForStored(readDraft, (doc) => JSON.stringify(doc.body).includes(calloutTitle))
    await ed.page.waitForTimeout(1_500)
    await callout.locator('[data-lexical-editor="true"]').click()
    await ed.page.keyboard.type('Patch-test anything new on your inner arm first.')
    // …and, on the body's paragraph below it, an FAQ list from the toolbar's block menu.
    await body.locator(':scope > p').last().click()
    await ed.page.locator('.fixed-toolbar').first().getByRole('button', { name: 'blocks dropdown' }).click()
    await ed.page.locator('.toolbar-popup__dropdown-item', { hasText: 'FAQ list' }).click()
    const faqBlock = ed.page.locator('.LexicalEditorTheme__block-faqList')
    await faqBlock.locator('input[name="title"]').fill('Barrier questions')
    // Known defect (closing note): a choice made inside a block while an autosave of the body
    // is on its way can be dropped when that answer is merged back into the editor (the select
    // still shows it; the saved body never gets it). The editor here lets the save land first,
    // as a person reading the form does, and the test checks the choice reaches the database.
    await waitForStored(readDraft, (doc) => JSON.stringify(doc.body).includes('Barrier questions'))
    await ed.page.waitForTimeout(2_500)
    await faqBlock.locator('.rs__control').click()
    await ed.page.locator('.rs__option', { hasText: faqQuestion }).first().click()
    await faqBlock.locator('.rs__value-container').getByText(faqQuestion).waitFor()
    expect(faqsInBlocks((await waitForStored(readDraft, (doc) => faqsInBlocks(doc.body).includes(faq.id))).body)).toContain(faq.id)
    // The checklist follows the form as the editor types, before any save.
    const liveChecklist = panel(ed.page).getByLabel('Before publishing')
    await liveChecklist.getByText('✓').first().waitFor()
    await liveChecklist.getByText('Add a hero image.').waitFor({ timeout: 10_000 })
    // The hero image: uploaded from the field, with its alt text.
    await ed.page.locator('#field-heroImage').getByRole('button', { name: 'Create New' }).click()
    const drawer = ed.page.locator('.drawer__content').last()
    await drawer.locator('input[type="file"]').setInputFiles(png)
    await drawer.locator('#field-alt').fill('A jar of ceramide cream on a pink towel')
    await drawer.getByRole('button', { name: 'Save' }).click()
    await ed.page.locator('#field-heroImage').getByText(/\.png/).waitFor({ timeout: 20_000 })
    await ed.page.waitForFunction(
      () => !document.querySelector('[aria-label="Before publishing"]')?.textContent?.includes('Add a hero image.'),
      undefined,
      { timeout: 15_000 },
    )
    await choose(ed.page, 'topics', topicName)
    await choose(ed.page, 'authors', authorName)
    await ed.page.getByLabel('Medical').check()
    const stored = await waitForStored(
      readDraft,
      (doc) =>
        doc.title === title &&
        Boolean(doc.heroImage) &&
        (doc.topics?.length ?? 0) > 0 &&
        doc.medical === true &&
        // The block with the FAQ chosen in it, not only an empty block: publishing validates it.
        faqsInBlocks(doc.body).includes(faq.id) &&
        JSON.stringify(doc.body).includes('Patch-test anything new on your inner arm first.'),
    )
    expect(stored.authors?.length).toBe(1)
    const text = JSON.stringify(stored.body)
    expect(text).toContain('"tag":"h2"')
    expect(text).toContain('"listType":"bullet"')
    expect(text).toContain('"blockType":"callout"')
    expect(text).toContain('Patch-test anything new on your inner arm first.')
    expect(text).toContain('"blockType":"faqList"')
    await ed.page.reload()
    // Everything but the medical sign-off is there.
    const checklist = panel(ed.page).getByLabel('Before publishing')
    await checklist.getByText(/A medical reviewer must sign off/).waitFor({ timeout: 20_000 })
    expect(await checklist.getByText('Add a hero image.').count()).toBe(0)
    await screenshot(ed.page, 'journey-02-written')
    await panel(ed.page).getByRole('button', { name: 'Submit for review' }).click()
    await stateIs(ed.page, 'In review')
    await panel(ed.page).getByText('In review — withdraw to edit.').waitFor()
    // The blocks' title inputs share Payload's field id; the document's comes first.
    expect(await ed.page.locator('#field-title').first().isDisabled()).toBe(true)
    // Read-only: typing sends no autosave, and the editor's lock went with the submit.
    const saves: string[] = []
    ed.page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes(`/api/articles/${id}`)) saves.push(request.url())
    })
    await ed.page.locator('#field-title').first().click({ force: true })
    await ed.page.keyboard.type(' more')
    await ed.page.waitForTimeout(4_000)
    expect(saves).toEqual([])
    const locks = await payload.count({
      collection: 'payload-locked-documents',
      where: { and: [{ 'document.value': { equals: id } }, { 'document.relationTo': { equals: 'articles' } }] },
    })
    expect(locks.totalDocs).toBe(0)
    await screenshot(ed.page, 'journey-03-submitted-read-only')
    await ed.close()

    // 2. The medical reviewer finds it in their queue and signs off.
    const md = await signedIn(medic)
    const signOffQueue = md.page.getByRole('region', { name: 'Awaiting my sign-off' })
    await signOffQueue.getByRole('link', { name: title }).click()
    await stateIs(md.page, 'In review')
    await panel(md.page).getByRole('button', { name: 'Medical sign-off' }).click()
    await panel(md.page).getByText(/Medically reviewed by Dr Min Park/).waitFor({ timeout: 20_000 })
    await screenshot(md.page, 'journey-04-signed-off')
    await md.close()

    // 3. The reviewer comments and requests changes.
    const rv = await signedIn(reviewer)
    await rv.page.getByRole('region', { name: 'Unassigned reviews' }).getByRole('link', { name: title }).click()
    await stateIs(rv.page, 'In review')
    await panel(rv.page).getByLabel('Add a comment').fill('The ceramide claim needs a source.')
    await panel(rv.page).getByRole('button', { name: 'Comment' }).click()
    await panel(rv.page).getByRole('listitem').filter({ hasText: 'The ceramide claim needs a source.' }).waitFor()
    await panel(rv.page).getByLabel('Note to the author').fill('Please cite a study for the ceramide claim.')
    await panel(rv.page).getByRole('button', { name: 'Request changes' }).click()
    await stateIs(rv.page, 'Changes requested')
    await screenshot(rv.page, 'journey-05-changes-requested')
    await rv.close()

    // 4. The editor sees the note, edits, resolves the comment and resubmits.
    const ed2 = await signedIn(editor)
    await ed2.page.getByRole('region', { name: 'My drafts' }).getByRole('link', { name: title }).click()
    const request = panel(ed2.page).getByLabel('Requested changes')
    await request.getByText('Please cite a study for the ceramide claim.').waitFor({ timeout: 20_000 })
    expect(await request.textContent()).toContain('Rae Reviewer')
    await ed2.page.locator('#field-excerpt').fill('How to calm and rebuild an irritated skin barrier (with sources).')
    await waitForStored(
      readDraft,
      (doc) => doc.excerpt?.includes('with sources') === true,
    )
    await ed2.page.reload()
    await panel(ed2.page).getByRole('button', { name: 'Resolve' }).click()
    await panel(ed2.page).getByText('resolved').waitFor()
    await panel(ed2.page).getByRole('button', { name: 'Submit for review' }).click()
    await stateIs(ed2.page, 'In review')
    await screenshot(ed2.page, 'journey-06-resubmitted')
    await ed2.close()

    // The edit voided the sign-off: it is back in the medical reviewer's queue.
    const md2 = await signedIn(medic)
    await md2.page.getByRole('region', { name: 'Awaiting my sign-off' }).getByRole('link', { name: title }).click()
    await panel(md2.page).getByRole('button', { name: 'Medical sign-off' }).click()
    await panel(md2.page).getByText(/Medically reviewed by Dr Min Park/).waitFor({ timeout: 20_000 })
    await md2.close()

    // 5. The reviewer approves and schedules for the coming minute; nobody touches it after that.
    const rv2 = await signedIn(reviewer)
    await rv2.page.goto(`${ctx.url}/admin/collections/articles/${id}`)
    // What changed since the request: Payload's version compare on the right pair.
    await panel(rv2.page).getByRole('link', { name: 'Changes since your last review' }).click()
    await rv2.page.waitForURL(/\/versions\/[^/?]+\?versionFrom=/, { timeout: 20_000 })
    await rv2.page.getByText('with sources').first().waitFor({ timeout: 20_000 })
    await screenshot(rv2.page, 'journey-07a-changes-since-my-review')
    await rv2.page.goto(`${ctx.url}/admin/collections/articles/${id}`)
    await panel(rv2.page).getByRole('button', { name: 'Approve' }).click()
    await stateIs(rv2.page, 'Approved')
    // The field takes whole minutes: the next minute that is still at least 20 s away, so the
    // reviewer has time to press Schedule and the test does not wait a minute for nothing.
    const at = new Date(Date.now() + 20_000 + 59_999)
    at.setSeconds(0, 0)
    const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
    await panel(rv2.page).getByLabel('Publish at').fill(local)
    await panel(rv2.page).getByRole('button', { name: 'Schedule' }).click()
    await stateIs(rv2.page, 'Scheduled')
    await screenshot(rv2.page, 'journey-08-scheduled')

    const slug = (await payload.findByID({ collection: 'articles', id, draft: true })).slug
    const live = await waitForStored(
      async () => (await fetch(`${ctx.url}/blog/${slug}`)).status,
      (status) => status === 200,
      180_000,
    )
    expect(live).toBe(200)
    const page = await (await fetch(`${ctx.url}/blog/${slug}`)).text()
    expect(page).toContain(title)
    expect(page).toMatch(/Medically reviewed by[\s\S]{0,200}Dr Min Park/)
    // The blocks the editor inserted, as visitors get them.
    expect(page).toMatch(new RegExp(`class="callout callout--takeaways"[^>]*aria-label="${calloutTitle}"`))
    expect(page).toContain('Patch-test anything new on your inner arm first.')
    expect(page).toMatch(/<section class="faq-block" aria-label="Barrier questions">/)
    expect(page).toContain(faqQuestion)
    await rv2.page.reload()
    await stateIs(rv2.page, 'Published')
    await screenshot(rv2.page, 'journey-09-published-by-the-scheduler')
    // The history names each step: what changed when, and by whose action.
    await rv2.page.locator('.doc-tabs').getByRole('link', { name: /Versions/ }).click()
    const events = rv2.page.locator('.gw-versions .gw-version-event')
    await events.first().waitFor({ timeout: 20_000 })
    const labels = (await events.allTextContents()).filter((label) => label !== 'Edited')
    expect(labels).toEqual([
      'Published · scheduler',
      'Scheduled · Rae Reviewer',
      'Approved · Rae Reviewer',
      'Medically signed off · Dr Min Park',
      'Submitted for review · Eun-ji Editor',
      'Changes requested · Rae Reviewer',
      'Medically signed off · Dr Min Park',
      'Submitted for review · Eun-ji Editor',
    ])
    await screenshot(rv2.page, 'journey-09b-version-history')
    await rv2.close()
  }, 420_000)

  it('shows a schedule whose job failed in the dashboard’s Overdue / failed queue, with the reason', async () => {
    const { payload } = ctx
    const editor = await createUser(payload, ['editor'])
    const reviewer = await createUser(payload, ['reviewer'], 'Rae Reviewer')
    const doc = await draftArticleBy(payload, editor)
    for (const [user, action] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
    ] as const) {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      expect((await performAction(req, 'articles', doc.id, { action })).status).toBe(200)
    }
    const req = await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, payload)
    const publishAt = new Date(Date.now() + 3_000).toISOString()
    expect((await performAction(req, 'articles', doc.id, { action: 'schedule', publishAt })).status).toBe(200)
    await payload.delete({ collection: 'media', id: idOf(doc.heroImage) as number })
    await waitForStored(
      () => payload.findByID({ collection: 'articles', id: doc.id, draft: true }),
      (stored) => Boolean(stored.scheduleIssue),
      30_000,
    )

    const rv = await signedIn(reviewer)
    const queue = rv.page.getByRole('region', { name: 'Overdue / failed' })
    await queue.getByRole('link', { name: doc.title }).waitFor({ timeout: 20_000 })
    expect(await queue.textContent()).toContain('Add a hero image.')
    await screenshot(rv.page, 'journey-10-overdue-failed-queue')
    await queue.getByRole('link', { name: doc.title }).click()
    await panel(rv.page).getByRole('alert').getByText(/Not published: .*Add a hero image\./).waitFor()
    await screenshot(rv.page, 'journey-11-failed-schedule-panel')
    await rv.close()
  })
})
