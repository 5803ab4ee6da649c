import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { slugify } from '../../src/import/parse'
import { importFiles, plannedJobs, resolveJobs, startWorkersAhead } from '../../src/import/run'
import { databaseUrl } from '../../src/import/parallel/pool'
import { unique, usePayload } from '../helpers/payload'

/*
 * `importFiles(…, { jobs })` with more than one worker (src/import/parallel): this process and
 * child processes with their own Payload, against the same database. The rows must be those a
 * serial import writes.
 */

const ctx = usePayload()
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-import-parallel-'))
const tag = unique('par')
const shared = `Does parallel writing sting ${tag}?`
const own = (n: number) => `Is parallel file ${n} special ${tag}?`
const sharedTip = `Pat the parallel toner in ${tag}`
const names = [1, 2, 3, 4, 5, 6].map((n) => `${tag}-${n}.md`)
const made = { files: [...names], faqs: [slugify(shared), ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => slugify(own(n)))], tips: [slugify(sharedTip)], topics: [] as string[] }

const article = (n: number, frontMatter = '') =>
  `${frontMatter}# Parallel article ${n} ${tag}

Opening words of parallel article ${n} about double cleansing and calm skin.

## Why the routine matters

A routine that starts with a gentle cleanser keeps the barrier calm through the week (file ${n}).

## 2 Korean skincare tips for a calmer routine

### 1. ${sharedTip}

Tip text number ${n}: press it in with your palms.

### 2. Sleep early in parallel ${n} ${tag}

Rest is the cheapest serum, file ${n} says.

## Frequently asked questions

### ${shared}

Answer number ${n}: only a little, and only for a moment.

### ${own(n)}

Only in this test, file ${n}.
`

made.tips.push(...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => slugify(`Sleep early in parallel ${n} ${tag}`)))

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'f-'))
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  return dir
}

async function removeImported(): Promise<void> {
  const p = ctx.payload
  await p.delete({ collection: 'articles', where: { 'importSource.fileName': { in: made.files } }, overrideAccess: true })
  await p.delete({ collection: 'faqs', where: { slug: { in: made.faqs } }, overrideAccess: true })
  await p.delete({ collection: 'beauty-tips', where: { slug: { in: made.tips } }, overrideAccess: true })
  await p.delete({ collection: 'topics', where: { slug: { in: made.topics } }, overrideAccess: true })
}

afterAll(async () => {
  fs.rmSync(scratch, { recursive: true, force: true })
  if (ctx.payload) await removeImported()
})

type Row = Record<string, unknown>

/**
 * Everything the import wrote for these files, ids replaced by slugs (a parallel run creates
 * the articles in another order, so their ids differ) and timestamps left out.
 */
async function snapshot(files: string[]) {
  const p = ctx.payload
  const find = async (collection: 'articles' | 'faqs' | 'beauty-tips', where: Row) =>
    (await p.find({ collection, where: where as never, draft: true, depth: 0, pagination: false, sort: 'slug' })).docs as unknown as Row[]
  const articles = await find('articles', { 'importSource.fileName': { in: files } })
  const faqs = await find('faqs', { slug: { in: made.faqs } })
  const tips = await find('beauty-tips', { slug: { in: made.tips } })
  const slugOf = new Map<string, string>()
  for (const [collection, docs] of [['faqs', faqs], ['beauty-tips', tips]] as const) for (const d of docs) slugOf.set(`${collection}:${d.id}`, String(d.slug))
  const ref = (collection: string) => (id: unknown) => slugOf.get(`${collection}:${id}`) ?? `unknown ${collection} ${id}`
  // Block ids are hashes of the block's fields, ids included: compare what they point to.
  const normalise = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(normalise)
    if (!value || typeof value !== 'object') return value
    const out: Row = {}
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') continue
      // The join listing the articles that link here: which ones, not their ids.
      if (key === 'articles' && v && typeof v === 'object' && 'docs' in v) out[key] = ((v as { docs: unknown[] }).docs ?? []).length
      else if (key === 'faqs' && Array.isArray(v)) out[key] = v.map(ref('faqs'))
      else if (key === 'tips' && Array.isArray(v)) out[key] = v.map(ref('beauty-tips'))
      else out[key] = normalise(v)
    }
    return out
  }
  const versions = async (collection: 'articles' | 'faqs' | 'beauty-tips', id: unknown) =>
    (await p.countVersions({ collection, where: { parent: { equals: id } } })).totalDocs
  const audit = async (id: unknown) =>
    (await p.find({ collection: 'workflow-events', where: { docId: { equals: id }, collectionSlug: { equals: 'articles' } }, depth: 0, pagination: false })).docs.map(
      (e) => ({ action: e.action, from: e.from, to: e.to, note: e.note, actorName: e.actorName, docTitle: e.docTitle }),
    )
  const keep = async (collection: 'articles' | 'faqs' | 'beauty-tips', d: Row): Promise<Row> => {
    const { id, createdAt: _c, updatedAt: _u, contentVersion: _v, importSource, ...rest } = d
    const source = importSource as Row | undefined
    return {
      ...(normalise(rest) as Row),
      ...(source ? { importSource: { fileName: source.fileName, sourceHash: source.sourceHash, importedBy: source.importedBy } } : {}),
      versions: await versions(collection, id),
      ...(collection === 'articles' ? { audit: await audit(id) } : {}),
    }
  }
  return {
    articles: await Promise.all(articles.map((d) => keep('articles', d))),
    faqs: await Promise.all(faqs.map((d) => keep('faqs', d))),
    tips: await Promise.all(tips.map((d) => keep('beauty-tips', d))),
  }
}

describe('importing a folder with several workers', () => {
  it('writes exactly the rows a serial import writes, an FAQ and a tip the files share once with the last file’s data', async () => {
    const dir = folder(Object.fromEntries(names.map((name, i) => [name, article(i + 1)])))

    const serial = await importFiles(ctx.payload, [dir], {}, undefined, { jobs: 1 })
    expect(serial.files.map((f) => f.status)).toEqual(names.map(() => 'created'))
    const serialRows = await snapshot(names)
    await removeImported()

    // The child started ahead, as the CLI starts it before its own Payload.
    const children = await startWorkersAhead([dir], {}, 2, databaseUrl(ctx.payload))
    expect(children).toHaveLength(1)
    const parallel = await importFiles(ctx.payload, [dir], {}, undefined, { jobs: 2, children })
    // The child did part of the work (its CPU is counted for the bench).
    expect(parallel.workerCpuSeconds).toBeGreaterThan(0)
    expect(parallel.files).toEqual(serial.files)
    const parallelRows = await snapshot(names)
    expect(parallelRows).toEqual(serialRows)

    // The shared FAQ and tip: the last file's data, created then updated once (two versions).
    const sharedFaq = parallelRows.faqs.find((f) => f.slug === slugify(shared))!
    expect(JSON.stringify(sharedFaq.answer)).toContain('Answer number 6')
    expect(sharedFaq.versions).toBe(2)
    expect(JSON.stringify(parallelRows.tips.find((t) => t.slug === slugify(sharedTip))!.body)).toContain('Tip text number 6')
    expect(parallelRows.articles.every((a) => (a.faqs as string[]).includes(slugify(shared)))).toBe(true)
    expect(parallelRows.articles.map((a) => a.audit)).toEqual(names.map((n) => [expect.objectContaining({ note: `imported from ${n}` })]))

    // A re-import changes nothing: no new versions, no new audit rows.
    const again = await importFiles(ctx.payload, [dir], {}, undefined, { jobs: 2 })
    expect(again.files.map((f) => f.status)).toEqual(names.map(() => 'unchanged'))
    expect(await snapshot(names)).toEqual(parallelRows)
  })

  it('reports a failing file of a parallel run by name and writes the others', async () => {
    const n = [7, 8, 9].map((i) => `${tag}-${i}.md`)
    made.files.push(...n)
    // Linking fails for the second file: a topic already holds the name its tag would create under its own slug.
    const clash = `Parallel Clash ${tag}`
    made.topics.push(`${slugify(clash)}-taken`, slugify(clash))
    await ctx.payload.create({ collection: 'topics', data: { name: clash, slug: `${slugify(clash)}-taken` } })
    // Writing the article fails for the third: its hero image is not an image.
    // (A hidden file, so that the import does not take it for a document.)
    const dir = folder({ [n[0]]: article(7), [n[1]]: article(8, `---\ntags: [${clash}]\n---\n`), [n[2]]: article(9, '---\nimage: .hero.png\n---\n') })
    fs.writeFileSync(path.join(dir, '.hero.png'), 'not an image at all')

    const { files } = await importFiles(ctx.payload, [dir], {}, undefined, { jobs: 2 })
    expect(files.map((f) => f.status)).toEqual(['created', 'failed', 'failed'])
    expect(files[1].error).toContain(path.join(dir, n[1]))
    expect(files[1].error).toMatch(/name/i)
    expect(files[2].error).toContain(path.join(dir, n[2]))

    const articleOf = async (fileName: string) =>
      (await ctx.payload.find({ collection: 'articles', where: { 'importSource.fileName': { equals: fileName } }, draft: true, depth: 0 })).docs[0]
    expect(await articleOf(n[0])).toBeDefined()
    expect(await articleOf(n[1])).toBeUndefined()
    expect(await articleOf(n[2])).toBeUndefined()
    // The file whose linking failed leaves nothing behind.
    expect((await ctx.payload.count({ collection: 'faqs', where: { slug: { equals: slugify(own(8)) } } })).totalDocs).toBe(0)
  })

  it('imports in several rounds, the child parsing the next round while this process links the current one', async () => {
    const n = [10, 11, 12, 13, 14].map((i) => `${tag}-${i}.md`)
    made.files.push(...n)
    made.faqs.push(...[10, 11, 12, 13, 14].map((i) => slugify(own(i))))
    made.tips.push(...[10, 11, 12, 13, 14].map((i) => slugify(`Sleep early in parallel ${i} ${tag}`)))
    const dir = folder(Object.fromEntries(n.map((name, i) => [name, article(10 + i)])))
    // Rounds of two files: three rounds, two of them with a next round to parse ahead.
    const run = await importFiles(ctx.payload, [dir], {}, undefined, { jobs: 2, roundFiles: 2 })
    expect(run.files.map((f) => f.status)).toEqual(n.map(() => 'created'))
    expect(run.files.map((f) => f.file)).toEqual(n.map((name) => path.join(dir, name)))
    const rows = await snapshot(n)
    expect(rows.articles.map((a) => a.importSource)).toEqual(n.map((fileName) => expect.objectContaining({ fileName })))
    expect(rows.articles.map((a) => a.audit)).toEqual(n.map((name) => [expect.objectContaining({ note: `imported from ${name}` })]))
    // Each article links the shared FAQ and its own (articles sorted by slug: file order here).
    expect(rows.articles.map((a) => a.faqs)).toEqual(n.map((_, i) => [slugify(shared), slugify(own(10 + i))]))
    // The shared FAQ ends with the last file's data.
    expect(JSON.stringify(rows.faqs.find((f) => f.slug === slugify(shared))!.answer)).toContain('Answer number 14')
    const again = await importFiles(ctx.payload, [dir], {}, undefined, { jobs: 2, roundFiles: 2 })
    expect(again.files.map((f) => f.status)).toEqual(n.map(() => 'unchanged'))
    expect(await snapshot(n)).toEqual(rows)
  })

  it('starts children ahead only for a run that will be parallel', async () => {
    const dir = folder({ 'a.md': `# Dry run A ${tag}\n\nNothing is written.\n`, 'b.md': `# Dry run B ${tag}\n\nNothing is written.\n` })
    expect(plannedJobs(['x/a.md', 'x/b.md'], {}, 2)).toBe(2)
    expect(plannedJobs(['x/a.md', 'y/a.md'], {}, 2)).toBe(1)
    expect(plannedJobs(['x/a.md', 'x/export.xml'], {}, 2)).toBe(1)
    expect(await startWorkersAhead([dir], { dryRun: true }, 2, databaseUrl(ctx.payload))).toEqual([])
    // Started ahead, then a dry run (serial): the run ends the child it does not use.
    const children = await startWorkersAhead([dir], {}, 2, databaseUrl(ctx.payload))
    expect(children).toHaveLength(1)
    const dry = await importFiles(ctx.payload, [dir], { dryRun: true }, undefined, { jobs: 2, children })
    expect(dry.files.map((f) => f.status)).toEqual(['created', 'created'])
    await expect(children[0].ready).rejects.toThrow(/exited/)
  })

  it('uses several workers by default only for a large folder', () => {
    expect(resolveJobs('auto', 10)).toBe(1)
    expect(resolveJobs('auto', 1000)).toBe(Math.min(os.availableParallelism(), 4))
    expect(resolveJobs(undefined, 1000)).toBe(1)
    expect(resolveJobs(3, 2)).toBe(3)
  })
})
