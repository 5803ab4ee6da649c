import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { lexicalPlainText } from '../../src/content/lexicalText'
import { parseDocument } from '../../src/import/parse'
import { IMPORT_REVIEW_NOTE, importFile, SYSTEM_IMPORTER } from '../../src/import/persist'
import { TREATMENT_SUMMARIES } from '../../src/import/parse/treatmentSummaries'
import { importFiles } from '../../src/import/run'
import { projectRoot } from '../../src/server/paths'
import { runScriptCli } from '../helpers/cli'
import { usePayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { keptSourceSentences, normaliseText, SEED_DIR, seedSource } from '../helpers/seed'

const ctx = usePayload()
const SEED = SEED_DIR
const MEDSPA = '000_d383ad221bb47451.txt'
const DERMATOLOGIST = '001_f71a46d45cdf4ebb.txt'
const SECRETS = '003_9c52c2d3c49fe0b9.txt'
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-import-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

const article = async (fileName: string) => {
  const { docs } = await ctx.payload.find({
    collection: 'articles',
    where: { 'importSource.fileName': { equals: fileName } },
    draft: true,
    depth: 0,
  })
  return docs[0]
}

async function counts() {
  const p = ctx.payload
  const [articles, faqs, tips, treatments, articleVersions, faqVersions] = await Promise.all([
    p.count({ collection: 'articles' }),
    p.count({ collection: 'faqs' }),
    p.count({ collection: 'beauty-tips' }),
    p.count({ collection: 'treatments' }),
    p.countVersions({ collection: 'articles' }),
    p.countVersions({ collection: 'faqs' }),
  ])
  return [articles, faqs, tips, treatments, articleVersions, faqVersions].map((c) => c.totalDocs)
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name)
  fs.writeFileSync(file, content)
  return file
}

describe('importing the launch articles', () => {
  it('creates draft articles with their FAQs, tips and treatments', async () => {
    const { files } = await importFiles(ctx.payload, [SEED], {})
    expect(files.map((f) => f.status)).toEqual(['created', 'created', 'created', 'created'])

    const medspa = await article(MEDSPA)
    expect(medspa._status).toBe('draft')
    expect(medspa.workflowState).toBe('in-review')
    expect(medspa.importSource?.importedBy).toBe(SYSTEM_IMPORTER)
    const faqs = await ctx.payload.find({
      collection: 'faqs',
      where: { id: { in: medspa.faqs as number[] } },
      draft: true,
      sort: 'order',
    })
    expect(faqs.docs.map((f) => f.question)).toEqual([
      'How soon will I see results from medical spa treatments for glass skin?',
      'Which treatments are best for glass skin?',
      'Will I need ongoing treatments to maintain glass skin?',
      'Are there risks or side effects?',
      'Can home care speed up or support my results?',
    ])
    const treatments = await ctx.payload.find({
      collection: 'treatments',
      where: { id: { in: medspa.treatments as number[] } },
      draft: true,
    })
    const names = treatments.docs.map((t) => t.name)
    for (const expected of ['HydraFacial', 'Microneedling', 'RF microneedling', 'Laser resurfacing', 'Chemical peel']) {
      expect(names).toContain(expected)
    }
    for (const treatment of treatments.docs) {
      expect(treatment._status).toBe('draft')
      expect(treatment.reviewNote).toBe(IMPORT_REVIEW_NOTE)
      // A created treatment page starts with a description of the treatment, for review.
      expect(treatment.summary).toBe(TREATMENT_SUMMARIES[treatment.slug!])
    }
    expect(medspa.medical).toBe(true)

    const secrets = await article(SECRETS)
    expect(secrets.tips).toHaveLength(9)
    expect(secrets.title).toBe('Korean Skincare: Unlock the Secrets to Achieving Glass Skin')
    expect(secrets.excerpt).toBe('9 Proven Korean Beauty Secrets for Flawless, Luminous Skin')
    expect(secrets.publishedAt?.slice(0, 10)).toBe('2024-12-14')
    expect(secrets.meta?.description).toBe('9 Proven Korean Beauty Secrets for Flawless, Luminous Skin')
    expect(JSON.stringify(secrets.body)).not.toContain('{{<')
  })

  it('takes the editors’ titles, bylines and topics from the launch manifest', async () => {
    const medspa = await ctx.payload.find({
      collection: 'articles',
      where: { 'importSource.fileName': { equals: MEDSPA } },
      draft: true,
      depth: 1,
    })
    const doc = medspa.docs[0]
    expect(doc.title).toBe('Glass Skin, Explained: What Medical-Spa Treatments Add to Your Routine')
    expect(doc.slug).toBe('glass-skin-explained-what-medical-spa-treatments-add-to-your-routine')
    expect(doc.authors?.map((a) => (typeof a === 'object' ? a.name : a))).toEqual(['Glassworks Editorial Team'])
    expect(doc.topics?.map((t) => (typeof t === 'object' ? t.slug : t))).toEqual(['glass-skin', 'medical-spa-treatments'])
    const routine = await article('003_9c52c2d3c49fe0b9.txt')
    // No title in the manifest: the front matter's stays.
    expect(routine.title).toBe('Korean Skincare: Unlock the Secrets to Achieving Glass Skin')
    const topics = await ctx.payload.find({ collection: 'topics', where: { slug: { equals: 'korean-skincare-routines' } } })
    expect(topics.docs[0]?.description).toBe('Step-by-step Korean routines and the habits behind them.')
  })

  it('shows the FAQs in the body through an FAQ block, not as duplicated text', async () => {
    const medspa = await article(MEDSPA)
    const body = JSON.stringify(medspa.body)
    expect(body).toContain('"blockType":"faqList"')
    expect(body).not.toContain('Which treatments are best for glass skin?')
  })

  it('links both ways: a treatment knows its articles and FAQs, an FAQ its articles', async () => {
    const medspa = await article(MEDSPA)
    const hydrafacial = (
      await ctx.payload.find({
        collection: 'treatments',
        where: { slug: { equals: 'hydrafacial' } },
        draft: true,
        depth: 1,
      })
    ).docs[0]
    const articleIds = (hydrafacial.articles?.docs ?? []).map((d) => (typeof d === 'object' ? d.id : d))
    expect(articleIds).toContain(medspa.id)
    const faq = (
      await ctx.payload.find({
        collection: 'faqs',
        where: { id: { equals: (medspa.faqs as number[])[0] } },
        draft: true,
        depth: 1,
      })
    ).docs[0]
    expect((faq.articles?.docs ?? []).map((d) => (typeof d === 'object' ? d.id : d))).toContain(medspa.id)
  })

  it('stores every sentence of the sources that was not reported as debris', async () => {
    for (const file of fs.readdirSync(SEED).filter((name) => !name.startsWith('.'))) {
      const stored = await article(file)
      const parsed = parseDocument({ fileName: file, bytes: fs.readFileSync(path.join(SEED, file)) })
      const where = (ids: unknown) => ({ id: { in: (ids as number[]) ?? [] } })
      const faqs = (await ctx.payload.find({ collection: 'faqs', where: where(stored.faqs), draft: true, depth: 0 }))
        .docs
      const tips = (
        await ctx.payload.find({ collection: 'beauty-tips', where: where(stored.tips), draft: true, depth: 0 })
      ).docs
      const text = normaliseText(
        [
          stored.title,
          lexicalPlainText(stored.body),
          ...faqs.flatMap((f) => [f.question, lexicalPlainText(f.answer)]),
          ...tips.flatMap((t) => [t.title, lexicalPlainText(t.body)]),
        ].join('\n'),
      )
      const sentences = keptSourceSentences(seedSource(file), parsed)
      expect(sentences.length, file).toBeGreaterThan(10)
      expect(
        sentences.filter((sentence) => !text.includes(sentence)),
        file,
      ).toEqual([])
    }
  })

  it('removes the dermatologist article’s teaser lines', async () => {
    const dermatologist = await article(DERMATOLOGIST)
    const body = JSON.stringify(dermatologist.body)
    expect(body).not.toContain('Hair loss can affect anyone')
    expect(body).not.toContain('When winter arrives')
  })

  it('is a no-op the second time: no new document, no new version', async () => {
    const before = await counts()
    const { files } = await importFiles(ctx.payload, [SEED], {})
    expect(files.map((f) => f.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
    expect(await counts()).toEqual(before)
  })

  it('does not overwrite an editor’s change without --force, and does with it', async () => {
    const copy = write(SECRETS, fs.readFileSync(path.join(SEED, SECRETS)))
    const target = await article(SECRETS)
    await ctx.payload.update({
      collection: 'articles',
      id: target.id,
      data: { title: 'Edited by an editor' },
      draft: true,
    })
    fs.appendFileSync(copy, '\nA new closing line from the source.\n')

    const skipped = await importFile(ctx.payload, copy, {})
    expect(skipped.status).toBe('skipped')
    expect(skipped.warnings.join(' ')).toMatch(/edited in the admin.*--force/)
    expect((await article(SECRETS)).title).toBe('Edited by an editor')

    const forced = await importFile(ctx.payload, copy, { force: true })
    expect(forced.status).toBe('updated')
    expect((await article(SECRETS)).title).toBe('Korean Skincare: Unlock the Secrets to Achieving Glass Skin')
  })

  it('updates an untouched document when its source changed', async () => {
    const copy = write(DERMATOLOGIST, fs.readFileSync(path.join(SEED, DERMATOLOGIST)))
    fs.appendFileSync(copy, '\nDermatologists also recommend patience: results build over weeks.\n')
    const report = await importFile(ctx.payload, copy, {})
    expect(report.status).toBe('updated')
    expect(JSON.stringify((await article(DERMATOLOGIST)).body)).toContain('results build over weeks')
  })

  it('writes nothing on --dry-run', async () => {
    const before = await counts()
    const file = write(
      'dry-run-article.md',
      '# A dry run\n\nThis article exists only in a dry run. It mentions HydraFacial.\n',
    )
    const report = await importFile(ctx.payload, file, { dryRun: true })
    expect(report.status).toBe('created')
    expect(await counts()).toEqual(before)
  })

  it('publishes with --publish and records who did it', async () => {
    const file = write(
      'published-article.md',
      '# Published straight away\n\nA short article about LED therapy at home and in clinic.\n',
    )
    const rita = await createUser(ctx.payload, ['reviewer'], 'Rita Reviewer')
    const report = await importFile(ctx.payload, file, { publish: true, user: rita })
    expect(report.status).toBe('created')
    const doc = await article('published-article.md')
    expect(doc._status).toBe('published')
    expect(doc.importSource?.importedBy).toBe(`Rita Reviewer <${rita.email}>`)
    expect(doc.workflowState).toBe('published')
    const events = await ctx.payload.find({ collection: 'workflow-events', where: { docId: { equals: doc.id } } })
    expect(events.docs.map((e) => [e.action, e.to, e.actorName])).toEqual([
      ['import', 'published', `Rita Reviewer <${rita.email}>`],
    ])
    const visible = await ctx.payload.find({
      collection: 'articles',
      where: { id: { equals: doc.id } },
      overrideAccess: false,
    })
    expect(visible.totalDocs).toBe(1)
  })
})

describe('bad input', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty/i],
    ['blank.txt', '   \n\n  \t\n', /only whitespace/i],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00]), /binary/i],
    [
      'latin1.txt',
      Buffer.concat([Buffer.from('Title line\n\nFine text.\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]),
      /UTF-8.*line 4|line 4.*UTF-8/i,
    ],
    ['broken-front-matter.md', '---\ntitle: "unclosed\ndate: [2024\n---\n\nBody text here.\n', /front matter/i],
    ['huge.txt', Buffer.alloc(10 * 1024 * 1024, 'a'), /MB/],
  ]

  for (const [name, content, message] of cases) {
    it(`refuses ${name} with a message naming the file, and writes nothing for it`, async () => {
      const before = await counts()
      const report = await importFile(ctx.payload, write(name, content), {})
      expect(report.status).toBe('failed')
      expect(report.error).toContain(name)
      expect(report.error).toMatch(message)
      expect(await counts()).toEqual(before)
    })
  }

  it('names the line of broken front matter', async () => {
    const report = await importFile(
      ctx.payload,
      write('front-matter-line.md', '---\ntitle: ok\ndate: [unclosed\n---\nText.\n'),
      {},
    )
    expect(report.error).toMatch(/front-matter-line\.md:\d+: /)
  })

  it('accepts CRLF line ends and a UTF-8 BOM', async () => {
    const text =
      '\ufeffGentle Double Cleansing\r\n\r\nStart with an oil cleanser to lift sunscreen.\r\nThen use a low-pH foam.\r\n'
    const report = await importFile(ctx.payload, write('crlf-bom.txt', text), {})
    expect(report.status).toBe('created')
    const doc = await article('crlf-bom.txt')
    expect(doc.title).toBe('Gentle Double Cleansing')
    expect(JSON.stringify(doc.body)).not.toMatch(/\\r|\ufeff/)
  })

  it('rolls a file back whole when it fails midway, and goes on with the others', async () => {
    const before = await counts()
    const good = write('rollback-good.md', '# Rollback good\n\nChemical peels, explained simply.\n')
    const bad = write(
      'rollback-bad.md',
      '# Rollback bad\n\n## FAQ\n\nDoes it hurt?\n\nA little.\n\nHow often?\n\nMonthly.\n',
    )
    const { files } = await importFiles(ctx.payload, [bad], { authorSlug: 'nobody-has-this-slug' })
    expect(files[0].status).toBe('failed')
    expect(files[0].error).toMatch(/no author with the slug "nobody-has-this-slug"/)
    expect(await counts()).toEqual(before)

    const both = await importFiles(ctx.payload, [path.join(scratch, 'missing.md'), good], {})
    expect(both.files.map((f) => f.status)).toEqual(['failed', 'created'])
  })
})

describe('the import command', () => {
  it('prints a JSON report and exits non-zero when a file failed', async () => {
    const empty = write('cli-empty.txt', '')
    const fine = write('cli-fine.md', '# From the command line\n\nMicroneedling basics in one paragraph.\n')
    const result = await runScriptCli('scripts/import.ts', [empty, fine, '--json', '--dry-run'], {
      env: { DATABASE_URL: inject('databaseUrl') },
      databaseUrl: inject('databaseUrl'),
    })
    expect(result.stuck).toBeUndefined()
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
      files: { file: string; status: string; error?: string }[]
    }
    expect(report.files.map((f) => [path.basename(f.file), f.status])).toEqual([
      ['cli-empty.txt', 'failed'],
      ['cli-fine.md', 'created'],
    ])
    expect(report.files[0].error).toContain('cli-empty.txt')
  }, 150_000)

  it('explains its usage when given no files', () => {
    const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/import.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Usage: npm run import')
  })
})
