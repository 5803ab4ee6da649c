import { AsyncLocalStorage, createHook } from 'node:async_hooks'

import { Column } from 'drizzle-orm'
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Topic } from '../../payload-types'
import { inTransaction } from '../../src/server/db/transaction'
import { checklistReadyArticle, richText } from '../helpers/content'
import { unique, usePayload } from '../helpers/payload'
import { ensureAdmin } from '../helpers/users'

/*
 * Our edits to Payload's read path (scripts/patch-dependencies.mjs):
 * - the documents a read populates are fetched with one find per related collection; Payload
 *   runs those finds one after another, we run them together outside a transaction (where
 *   nothing shares a connection) and keep them in order inside one;
 * - a paginated find's count and page query overlap, as Payload meant them to;
 * - a page past the first builds its own documents' relations only, not those of every
 *   document before it;
 * - drizzle's read transform gives a column with one value and no locale its value in place,
 *   shapes only the fields a read's `select` returns, finds each column's decoder once per
 *   query and lists a row's columns only when it holds block rows;
 * - afterRead skips, before starting its per-field step, the fields a `select` leaves out and
 *   the plain values with nothing to do;
 * - the REST list answer is written one document at a time instead of as one large string,
 *   into one buffer of its size.
 */

const ctx = usePayload()

/** The most calls of `target[method]` in flight at once while `work` runs (the method wrapped meanwhile). */
async function mostAtOnce<T, K extends string>(
  target: Record<K, (...args: never[]) => Promise<unknown>>,
  method: K,
  work: () => Promise<T>,
): Promise<{ result: T; most: number }> {
  const original = target[method]
  let inFlight = 0
  let most = 0
  target[method] = (async (...args: never[]) => {
    most = Math.max(most, ++inFlight)
    try {
      return await original.apply(target, args)
    } finally {
      inFlight--
    }
  }) as typeof original
  try {
    return { result: await work(), most }
  } finally {
    target[method] = original
  }
}

const adapter = () => ctx.payload.db as unknown as Record<'find', (...args: never[]) => Promise<unknown>>

async function articleWithFourKindsOfRelation() {
  const data = await checklistReadyArticle(ctx.payload)
  const authorName = unique('Author')
  const author = await ctx.payload.create({
    collection: 'authors',
    data: { name: authorName, slug: authorName.toLowerCase() },
  })
  const question = `Does population run together ${unique('q')}?`
  const faq = await ctx.payload.create({
    collection: 'faqs',
    data: { question, answer: data.body, slug: unique('faq') } as never,
    draft: true,
  })
  return ctx.payload.create({
    collection: 'articles',
    data: { ...data, authors: [author.id], faqs: [faq.id] } as never,
    draft: true,
  })
}

/** A draft article ready for the checklist, with its own hero image and topic. */
async function plainArticle() {
  return ctx.payload.create({ collection: 'articles', data: (await checklistReadyArticle(ctx.payload)) as never, draft: true })
}

/** Six new topics of plain values, and a read of the first `n` of them (depth 0, no pagination). */
async function sixTopics(label: string, description: string) {
  const topics = await Promise.all(
    [1, 2, 3, 4, 5, 6].map(() => {
      const name = unique(label)
      return ctx.payload.create({ collection: 'topics', data: { name, slug: name.toLowerCase(), description } })
    }),
  )
  const ids = topics.map((t) => t.id)
  const read = (n: number, select?: Record<string, true>) => () =>
    ctx.payload.find({ collection: 'topics', where: { id: { in: ids.slice(0, n) } }, depth: 0, select, pagination: false })
  return { topics, read }
}

describe('populating a read', () => {
  it('fetches the related collections together outside a transaction, with the same documents as in order', async () => {
    const article = await articleWithFourKindsOfRelation()
    const read = (req?: Awaited<ReturnType<typeof createLocalReq>>) =>
      ctx.payload.find({ collection: 'articles', where: { id: { equals: article.id } }, depth: 1, draft: true, req })

    const together = await mostAtOnce(adapter(), 'find', () => read())
    // After the page itself, the related collections' finds (media, topics, authors, FAQs) overlap.
    expect(together.most).toBeGreaterThan(1)

    const req = await createLocalReq({}, ctx.payload)
    const inOrder = await mostAtOnce(adapter(), 'find', () => inTransaction(req, () => read(req)))
    expect(inOrder.most).toBe(1)

    const [doc] = together.result.docs
    expect(doc).toEqual(inOrder.result.docs[0])
    expect(typeof doc.heroImage === 'object' && doc.heroImage?.alt).toBe('Soft pink test swatch')
    expect(doc.topics?.map((t) => typeof t === 'object' && t.slug)).toHaveLength(1)
    expect(doc.authors?.map((a) => typeof a === 'object' && a.name)).toEqual([expect.stringMatching(/^Author-/)])
    expect(doc.faqs?.map((f) => typeof f === 'object' && f.question)).toEqual([
      expect.stringContaining('Does population run together'),
    ])
  })

  it('asks for a page and its count at once', async () => {
    await articleWithFourKindsOfRelation()
    const pool = (ctx.payload.db as unknown as { pool: Record<'query', (...args: never[]) => Promise<unknown>> }).pool
    const { result: page, most } = await mostAtOnce(pool, 'query', () =>
      ctx.payload.find({ collection: 'topics', depth: 0, limit: 1 }),
    )
    expect(page.totalDocs).toBeGreaterThan(0)
    expect(page.docs).toHaveLength(1)
    expect(most).toBe(2)
  })

  it("builds a later page's relations for that page's documents only, and returns the documents a long page has there", async () => {
    const tag = unique('paging')
    const topic = await ctx.payload.create({ collection: 'topics', data: { name: tag, slug: tag.toLowerCase() } as never })
    for (let i = 0; i < 9; i++) {
      await ctx.payload.create({
        collection: 'articles',
        data: { title: `${tag} ${i}`, excerpt: tag, body: richText(`Page ${i}.`), topics: [topic.id], _status: 'published' } as never,
        context: { skipRevalidation: true },
      })
    }
    const where = { excerpt: { equals: tag } }
    const all = await ctx.payload.find({ collection: 'articles', where, limit: 9, depth: 1 })
    expect(all.docs).toHaveLength(9)

    // The statements the page read sends (drizzle gives the pool a query config and the values).
    type Sent = { text: string; values?: unknown[] }
    const pool = (ctx.payload.db as unknown as { pool: { query: (...args: unknown[]) => Promise<unknown> } }).pool
    const query = pool.query
    const sent: Sent[] = []
    pool.query = function (this: unknown, ...args: unknown[]) {
      const [first, second] = args
      if (typeof first === 'string') sent.push({ text: first, values: second as unknown[] })
      else if (first && typeof first === 'object' && 'text' in first) sent.push({ text: (first as Sent).text, values: (first as Sent).values ?? (second as unknown[]) })
      return query.apply(this, args)
    }
    let page: typeof all
    try {
      page = await ctx.payload.find({ collection: 'articles', where, limit: 3, page: 3, depth: 1 })
    } finally {
      pool.query = query
    }

    // The same documents as places 7-9 of the long page (the order among equal creation times
    // is PostgreSQL's to choose in both), with the same populated topic.
    expect(page.page).toBe(3)
    expect(page.totalDocs).toBe(9)
    const idsOf = (docs: typeof all.docs) => docs.map((d) => d.id).sort((a, b) => Number(a) - Number(b))
    expect(idsOf(page.docs)).toEqual(idsOf(all.docs.slice(6)))
    for (const doc of page.docs) expect(doc.topics?.map((t) => typeof t === 'object' && t.slug)).toEqual([tag.toLowerCase()])

    // What PostgreSQL does for that statement: it reads articles_rels for each document whose
    // relations it builds. Building them before OFFSET dropped the first six read it nine times.
    const statement = sent.find((s) => /"articles_rels"/.test(s.text) && /^select/i.test(s.text))
    expect(statement, 'the page query').toBeDefined()
    const explained = (await query.call(pool, { text: `EXPLAIN (ANALYZE, FORMAT JSON) ${statement!.text}`, values: statement!.values })) as {
      rows: { 'QUERY PLAN': unknown }[]
    }
    type PlanNode = { 'Relation Name'?: string; 'Actual Loops'?: number; Plans?: PlanNode[] }
    const relsLoops = (node: PlanNode): number =>
      (node['Relation Name'] === 'articles_rels' ? (node['Actual Loops'] ?? 0) : 0) + (node.Plans ?? []).reduce((n, child) => n + relsLoops(child), 0)
    const [{ Plan: plan }] = explained.rows[0]['QUERY PLAN'] as { Plan: PlanNode }[]
    expect(relsLoops(plan)).toBeGreaterThan(0)
    expect(relsLoops(plan)).toBeLessThanOrEqual(3)
  })

  it('spends next to nothing on the fields a select leaves out', async () => {
    const ids = (await Promise.all([1, 2, 3, 4, 5, 6].map(() => plainArticle()))).map((a) => a.id)
    const read = (n: number, select?: Record<string, true>) => () =>
      ctx.payload.find({ collection: 'articles', where: { id: { in: ids.slice(0, n) } }, depth: 0, draft: true, select, pagination: false })
    const [full, lean] = [(await read(6)()).docs, (await read(6, { title: true })()).docs]
    expect(lean.map((doc) => Object.keys(doc).sort())).toEqual(full.map(() => ['id', 'title']))
    expect(lean.map((doc) => doc.title)).toEqual(full.map((doc) => doc.title))
    // Each further document's afterRead steps; the find's own promises cancel out.
    const whole = await promisesPerDocument(read(1), read(6))
    const titleOnly = await promisesPerDocument(read(1, { title: true }), read(6, { title: true }))
    // Before the edit every field that has work to do (relations, rich text, hooks, groups) still
    // got its step for the title alone: as many promises per document as the whole read.
    expect(titleOnly, `${titleOnly} promises per document for the title, ${whole} for the whole article`).toBeLessThan(whole * 0.2)
  })

  it('starts no afterRead step for a plain value with nothing to do', async () => {
    const { topics, read } = await sixTopics('Plain topic', 'Quiet words.')
    const docs = (await read(6)()).docs
    // The values are all there, as stored: text, the slug's checkbox, textarea, timestamps.
    expect(docs.map((d) => [d.name, d.slug, d.description, typeof d.generateSlug, typeof d.createdAt]).sort()).toEqual(
      topics.map((t) => [t.name, t.slug, 'Quiet words.', 'boolean', 'string']).sort(),
    )
    // A topic's fields are plain values (name, slug, generateSlug, description, the timestamps)
    // and the row holding the slug. What a whole topic costs beyond its id alone is their steps:
    // before the edit at least one promise per field per document, now none. (The id-only read
    // skips the other fields by the select half of the same edit, tested above.)
    const whole = await promisesPerDocument(read(1), read(6))
    const idOnly = await promisesPerDocument(read(1, { id: true }), read(6, { id: true }))
    const fields = ctx.payload.collections.topics.config.flattenedFields.length
    // The counter sees the read's own steps (a topic still costs its row and its slug's row).
    expect(idOnly).toBeGreaterThan(0)
    expect(whole - idOnly, `${whole} promises per topic, ${idOnly} for its id alone, ${fields} fields`).toBeLessThan(fields / 2)
  })
})

describe("drizzle's read transform", () => {
  it('gives a column with one value and no locale its value in place', async () => {
    const { read } = await sixTopics('In place', 'Plain words.')
    const docs = (await read(6)()).docs
    // Converted as before: dates as ISO strings, the checkbox a boolean, text as stored.
    for (const doc of docs) {
      expect(doc.createdAt).toBe(new Date(doc.createdAt).toISOString())
      expect(typeof doc.generateSlug).toBe('boolean')
      expect(doc.description).toBe('Plain words.')
    }
    // Payload's path walks a list of (target, row) pairs with forEach for every column of every
    // row, to cover localised copies: at least one walk per field per document (10 per topic
    // before the edit, 4 after: the rest are elsewhere in the read).
    const fields = ctx.payload.collections.topics.config.flattenedFields.length
    const walks = await forEachPerDocument(read(1), read(6))
    expect(walks, `${walks} forEach walks per topic, ${fields} fields`).toBeGreaterThan(0)
    expect(walks, `${walks} forEach walks per topic, ${fields} fields`).toBeLessThan(fields)
  })
})

describe("drizzle's read transform, per query", () => {
  /** Six new topics with a description of their own, and a read of the first `n` by it: the same statement shape whatever `n`. */
  async function sixAlike(label: string) {
    const description = unique(label)
    const { topics } = await sixTopics(label, description)
    const read = (n: number) => () => ctx.payload.find({ collection: 'topics', where: { description: { equals: description } }, depth: 0, limit: n, sort: 'id' })
    return { topics, description, read }
  }

  it("shapes only the fields a read's select returns", async () => {
    const { topics, description } = await sixAlike('Selected')
    const where = { description: { equals: description } }
    // The adapter's own answer, before afterRead. Payload's afterRead drops every field the
    // select leaves out; before the edit the adapter still shaped them all, the columns it had
    // not fetched as keys with no value.
    const lean = await ctx.payload.db.find<Topic>({ collection: 'topics', where, select: { name: true }, limit: 0 })
    expect(lean.docs.map((doc) => Object.keys(doc).sort())).toEqual(topics.map(() => ['id', 'name']))
    expect(lean.docs.map((doc) => doc.name).sort()).toEqual(topics.map((t) => t.name).sort())
    // Without a select, and with one that leaves fields out by name, every field is shaped.
    const whole = await ctx.payload.db.find<Topic>({ collection: 'topics', where, limit: 0 })
    const excluding = await ctx.payload.db.find<Topic>({ collection: 'topics', where, select: { description: false }, limit: 0 })
    for (const doc of [...whole.docs, ...excluding.docs]) {
      expect(Object.keys(doc)).toEqual(expect.arrayContaining(['id', 'name', 'slug', 'createdAt', 'updatedAt']))
    }
    expect(whole.docs.map((doc) => doc.description)).toEqual(topics.map(() => description))
  })

  it("finds each column's decoder once per query, not once per row", async () => {
    const { read } = await sixAlike('Decoded')
    // drizzle asks `is(field, Column)` to find a value's decoder; `instanceof Column` runs this.
    const columnChecks = countedDuring((seen) => {
      Object.defineProperty(Column, Symbol.hasInstance, {
        configurable: true,
        value(this: unknown, value: unknown) {
          if (this === Column) seen()
          return Function.prototype[Symbol.hasInstance].call(this as never, value)
        },
      })
      return () => void delete (Column as unknown as Record<symbol, unknown>)[Symbol.hasInstance]
    })
    const six = await columnChecks(read(6))
    expect(six, 'checks during a read of six topics').toBeGreaterThan(0)
    // Before the edit: one check per column of every further row (a topic has 7 columns).
    const perRow = await perDocument(columnChecks, read(1), read(6))
    expect(perRow, `${perRow} Column checks per further row`).toBe(0)
  })

  it("lists a row's columns only when the row holds blocks", async () => {
    const { read } = await sixAlike('Listed')
    const entriesCalls = callsDuring(Object, 'entries')
    // Before the edit every row's columns were listed as [key, value] pairs to look for block rows.
    const perRow = await perDocument(entriesCalls, read(1), read(6))
    expect(perRow, `${perRow} Object.entries calls per further row`).toBeLessThan(1)
  })
})

/**
 * A counter of the events `watch` reports while `work` runs. Only the work's own async context
 * (and what it started) counts, not whatever else the process does meanwhile (a pool's timers,
 * a job poll, hooks another test started and did not await). `watch` installs its probe and
 * returns how to remove it.
 */
function countedDuring(watch: (seen: () => void) => () => void) {
  return async (work: () => Promise<unknown>): Promise<number> => {
    const context = new AsyncLocalStorage<symbol>()
    const token = Symbol('measured work')
    let count = 0
    const unwatch = watch(() => void (context.getStore() === token && count++))
    try {
      await context.run(token, work)
    } finally {
      unwatch()
    }
    return count
  }
}

/** Calls of `target[method]` while `work` runs (the method wrapped meanwhile). */
function callsDuring<T extends object>(target: T, method: keyof T & string) {
  return countedDuring((seen) => {
    const original = target[method] as (...args: unknown[]) => unknown
    target[method] = function (this: unknown, ...args: unknown[]) {
      seen()
      return original.apply(this, args)
    } as T[typeof method]
    return () => void (target[method] = original as T[typeof method])
  })
}

/** Calls of Array.prototype.forEach while `work` runs. */
const forEachCallsDuring = callsDuring(Array.prototype, 'forEach')

/** The forEach calls one more document of a read costs. */
const forEachPerDocument = (one: () => Promise<unknown>, six: () => Promise<unknown>) => perDocument(forEachCallsDuring, one, six)

/** Promises created while `work` runs, counted by the runtime (afterRead makes one per field step it starts). */
const promisesDuring = countedDuring((seen) => {
  const hook = createHook({ init: (_id, type) => void (type === 'PROMISE' && seen()) }).enable()
  return () => void hook.disable()
})

/**
 * What one more document of a read costs, by `count`: the same read of 6 documents against 1,
 * per extra document (warmed up first). The counters count only the read's own work; anything
 * else that slips in only adds to a count, so each read's least of three counts is its own.
 */
async function perDocument(count: (work: () => Promise<unknown>) => Promise<number>, one: () => Promise<unknown>, six: () => Promise<unknown>): Promise<number> {
  await one()
  await six()
  const least = async (work: () => Promise<unknown>) => Math.min(await count(work), await count(work), await count(work))
  return ((await least(six)) - (await least(one))) / 5
}

/** The promises one more document of a read costs. */
const promisesPerDocument = (one: () => Promise<unknown>, six: () => Promise<unknown>) => perDocument(promisesDuring, one, six)

describe('answering a REST list', () => {
  it('writes the bytes JSON.stringify gives, without building the whole page as one string', async () => {
    const articles = [await articleWithFourKindsOfRelation(), await articleWithFourKindsOfRelation()]
    const endpoint = ctx.payload.collections.articles.config.endpoints
      ? ctx.payload.collections.articles.config.endpoints.find((e) => e.method === 'get' && e.path === '/')
      : undefined
    expect(endpoint, "Payload's find endpoint of articles").toBeDefined()
    const req = await createLocalReq({ user: await ensureAdmin(ctx.payload) }, ctx.payload)
    req.routeParams = { collection: 'articles' }
    req.query = { where: { id: { in: articles.map((a) => a.id) } }, depth: '1', draft: 'true' }

    // The longest text JSON.stringify returned while the handler answered.
    const stringify = JSON.stringify
    let longest = 0
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      const text = stringify.apply(JSON, args)
      longest = Math.max(longest, typeof text === 'string' ? text.length : 0)
      return text
    }) as typeof stringify
    // Buffers the handler joined: the documents are encoded straight into one buffer, not into a
    // buffer each that is then copied into another (twice the answer's off-heap bytes).
    const concat = Buffer.concat
    let joined = 0
    Buffer.concat = ((...args: Parameters<typeof concat>) => {
      joined++
      return concat.apply(Buffer, args)
    }) as typeof concat
    let response: Response
    try {
      response = await endpoint!.handler(req)
    } finally {
      JSON.stringify = stringify
      Buffer.concat = concat
    }
    expect(joined, 'Buffer.concat calls while answering').toBe(0)
    const bytes = Buffer.from(await response.arrayBuffer())
    const text = bytes.toString('utf8')
    const answer = JSON.parse(text) as { docs: { id: number; title: string }[]; totalDocs: number }
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(answer.docs.map((d) => d.id).sort()).toEqual(articles.map((a) => a.id).sort())
    expect(answer.totalDocs).toBe(2)
    // Byte for byte what one JSON.stringify of the whole answer gives.
    expect(bytes.equals(Buffer.from(stringify(answer)))).toBe(true)
    // Each of the two documents was stringified alone (about half the answer), never the whole.
    expect(longest, `longest string ${longest} of an answer of ${text.length} characters`).toBeGreaterThan(text.length * 0.3)
    expect(longest).toBeLessThan(text.length * 0.75)
  })
})
