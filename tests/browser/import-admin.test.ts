import { describe, expect, it } from 'vitest'

import { logInToAdmin, screenshot, useBrowser } from '../helpers/browser'
import { api, login, serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

const ctx = usePayload()
const chrome = useBrowser()

describe('importing from the admin', () => {
  it('lets an editor upload files, read the dry-run report and land the drafts in review with the report attached', async () => {
    const editor = await createUser(ctx.payload, ['editor'], 'Ivy Importer')
    const marker = Date.now().toString(36)
    const fileName = `barrier-${marker}.md`
    const markdown = `# Barrier Repair Basics ${marker}

A stressed skin barrier stings, flakes and turns red. Calm it before adding anything new.

## Why Barriers Break

Over-cleansing and strong acids strip the lipids that hold water in.

## FAQ

**Can I keep using retinol?** – Pause it for a week, then return to it slowly.

**Does microneedling help?** – Not while the barrier is damaged; wait until it has healed.
`
    const page = await chrome.browser.newPage({ viewport: { width: 1280, height: 1000 } })
    try {
      await logInToAdmin(page, serverUrl(), editor.email, TEST_PASSWORD)
      // The dashboard's link: the navigation's is inert while the navigation is collapsed.
      await page.locator('.import-dashboard-link').getByRole('link', { name: 'Import documents' }).click()
      await page.waitForURL(/\/admin\/import$/)
      await page.getByLabel('Files').setInputFiles({ name: fileName, mimeType: 'text/markdown', buffer: Buffer.from(markdown) })
      await page.getByRole('button', { name: 'Check files' }).click()

      const report = page.locator(`article.import-report[data-file="${fileName}"]`)
      await report.getByRole('heading', { name: `Barrier Repair Basics ${marker}` }).waitFor({ timeout: 30_000 })
      await expect.poll(() => report.locator('li').allTextContents()).toEqual(
        expect.arrayContaining(['Why Barriers Break', 'Can I keep using retinol?', 'Does microneedling help?', 'Microneedling']),
      )
      // A dry run writes nothing.
      const before = await ctx.payload.find({ collection: 'articles', where: { 'importSource.fileName': { equals: fileName } }, draft: true })
      expect(before.totalDocs).toBe(0)
      await screenshot(page, 'admin-import-report')

      await page.getByRole('button', { name: 'Import as drafts for review' }).click()
      await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 60_000 })
      await report.getByRole('link', { name: 'open the draft' }).waitFor()

      const { docs } = await ctx.payload.find({ collection: 'articles', where: { 'importSource.fileName': { equals: fileName } }, draft: true, depth: 0 })
      expect(docs).toHaveLength(1)
      const draft = docs[0]
      expect(draft._status).toBe('draft')
      expect(draft.workflowState).toBe('in-review')
      expect(draft.importSource?.importedBy).toContain(editor.email)
      expect(draft.faqs).toHaveLength(2)
      const events = await ctx.payload.find({ collection: 'workflow-events', where: { docId: { equals: draft.id } }, sort: 'createdAt' })
      expect(events.docs.map((e) => e.to)).toContain('in-review')
      const comments = await ctx.payload.find({ collection: 'comments', where: { 'doc.value': { equals: draft.id } } })
      const reportComment = comments.docs.find((c) => c.text.startsWith('Import report'))
      expect(reportComment?.text).toContain('Can I keep using retinol?')
    } finally {
      await page.close()
    }
  })

  it('runs an upload of many files as a job and shows its progress until every draft is in review', async () => {
    const editor = await createUser(ctx.payload, ['editor'], 'Jun Jobs')
    const marker = Date.now().toString(36)
    // More than five files: the import goes through the job queue.
    const files = Array.from({ length: 7 }, (_, i) => ({
      name: `toner-${marker}-${i}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(`# Toner Layering ${marker} ${i}\n\nA hydrating toner pressed in thin layers plumps dehydrated skin.\n\n## How Many Layers\n\nThree to five, each absorbed before the next.\n`),
    }))
    const page = await chrome.browser.newPage({ viewport: { width: 1280, height: 1000 } })
    try {
      await logInToAdmin(page, serverUrl(), editor.email, TEST_PASSWORD)
      await page.locator('.import-dashboard-link').getByRole('link', { name: 'Import documents' }).click()
      await page.waitForURL(/\/admin\/import$/)
      await page.getByLabel('Files').setInputFiles(files)
      await page.getByRole('button', { name: 'Check files' }).click()
      await page.locator('article.import-report').nth(6).waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'Import as drafts for review' }).click()

      const progress = page.getByRole('progressbar', { name: 'Import progress' })
      await progress.waitFor({ timeout: 30_000 })
      await expect.poll(() => progress.getAttribute('max')).toBe('7')
      // The job runner picks the run up within seconds in tests; the view polls until it is done.
      await page.getByText('Imported 7 of 7 files (done)').waitFor({ timeout: 120_000 })
      await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor()
      await expect.poll(() => page.getByRole('link', { name: 'open the draft' }).count()).toBe(7)
      await screenshot(page, 'admin-import-job-done')

      for (const file of files) {
        const { docs } = await ctx.payload.find({ collection: 'articles', where: { 'importSource.fileName': { equals: file.name } }, draft: true, depth: 0 })
        expect(docs).toHaveLength(1)
        expect(docs[0].workflowState).toBe('in-review')
        const comments = await ctx.payload.find({ collection: 'comments', where: { 'doc.value': { equals: docs[0].id } } })
        expect(comments.docs.some((c) => c.text.startsWith('Import report'))).toBe(true)
      }
    } finally {
      await page.close()
    }
  })

  it('answers 401 to an anonymous upload', async () => {
    const body = new FormData()
    body.append('files', new Blob(['# Title\n\nText.']), 'a.md')
    const anonymous = await fetch(`${serverUrl()}/api/import/check`, { method: 'POST', body })
    expect(anonymous.status).toBe(401)
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/Log in/)
  })

  it('refuses a file type it cannot import with 400 and a message naming the file', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    const token = await login(editor.email)
    const body = new FormData()
    body.append('files', new Blob(['%PDF-1.4']), 'brochure.pdf')
    const response = await api('/api/import/check', { method: 'POST', body, token })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toMatch(/^brochure\.pdf: only \.md, \.txt, \.html and \.xml/)
  })
})
