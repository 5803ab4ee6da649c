import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { MANIFEST_FILE } from '../../src/import/manifest'
import { importFiles } from '../../src/import/run'
import { unique, usePayload } from '../helpers/payload'

const ctx = usePayload()
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-manifest-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'f-'))
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  return dir
}

const byFile = async (fileName: string) =>
  (
    await ctx.payload.find({
      collection: 'articles',
      where: { 'importSource.fileName': { equals: fileName } },
      draft: true,
      depth: 1,
    })
  ).docs[0]

describe('an import manifest', () => {
  const author = unique('ed')
  const topic = unique('topic')
  const fileName = `${unique('note')}.txt`
  const manifest = (title: string, medical: boolean) => `# editors' metadata
authors:
  - slug: ${author}
    name: Hana Editor
    credentials: Beauty editor
topics:
  - slug: ${topic}
    name: Topic ${topic}
files:
  ${fileName}:
    title: "${title}"
    authors: [${author}]
    topics: [${topic}]
    medical: ${medical}
`
  const text = `This first line is a long sentence that would otherwise become the derived title of the note.
Cleansing Twice
Oil first, then a gentle foam; the second cleanse lifts what the first loosened, and it takes only a minute.
`

  it('gives the file its title, author, topic and medical flag, creating the author and topic', async () => {
    const dir = folder({ [fileName]: text, [MANIFEST_FILE]: manifest('Double Cleansing, Simply', true) })
    const { files } = await importFiles(ctx.payload, [dir], {})
    expect(files.map((f) => [f.status, f.title])).toEqual([['created', 'Double Cleansing, Simply']])
    // The editor's title is not a derived one, so no "title derived" warning.
    expect(files[0].warnings.join('\n')).not.toMatch(/title/i)
    const doc = await byFile(fileName)
    expect(doc.slug).toBe('double-cleansing-simply')
    expect(doc.medical).toBe(true)
    expect(doc.authors?.map((a) => (typeof a === 'object' ? [a.slug, a.name, a.credentials] : a))).toEqual([
      [author, 'Hana Editor', 'Beauty editor'],
    ])
    expect(doc.topics?.map((t) => (typeof t === 'object' ? t.slug : t))).toEqual([topic])
  })

  it('re-imports when only the manifest changed, and is unchanged when nothing did', async () => {
    const dir = folder({ [fileName]: text, [MANIFEST_FILE]: manifest('Double Cleansing, Simply', false) })
    const first = await importFiles(ctx.payload, [dir], {})
    expect(first.files.map((f) => f.status)).toEqual(['updated'])
    expect((await byFile(fileName)).medical).toBe(false)
    const again = await importFiles(ctx.payload, [dir], {})
    expect(again.files.map((f) => f.status)).toEqual(['unchanged'])
    const authors = await ctx.payload.find({ collection: 'authors', where: { slug: { equals: author } } })
    expect(authors.totalDocs).toBe(1)
  })

  it.each([
    ['an unknown key', `files:\n  a.txt:\n    titel: Typo\n`, /:3: unknown key "titel"/],
    ['broken YAML', `topics: [\n  - slug: x\n`, /:\d+: not valid YAML/],
    ['a bad slug', `authors:\n  - slug: Not A Slug\n    name: X\n`, /:2: authors slug "Not A Slug" is not a slug/],
    ['a non-boolean medical flag', `files:\n  a.txt:\n    medical: maybe\n`, /:3: "medical" must be true or false/],
    ['an undefined author', `files:\n  a.txt:\n    authors: [nobody-${Date.now()}]\n`, /:2: no author "nobody-/],
  ])('refuses %s naming the manifest and its line, and imports nothing', async (_name, yaml, message) => {
    const dir = folder({ 'a.txt': 'Some Heading\nA paragraph of real text that is long enough to stand as an article body.\n', [MANIFEST_FILE]: yaml })
    const before = await ctx.payload.count({ collection: 'articles' })
    const { files } = await importFiles(ctx.payload, [dir], {})
    const errors = files.map((f) => f.error ?? '').join('\n')
    expect(errors).toContain(path.join(dir, MANIFEST_FILE))
    expect(errors).toMatch(message)
    expect(files.every((f) => f.status === 'failed')).toBe(true)
    expect((await ctx.payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
  })
})
