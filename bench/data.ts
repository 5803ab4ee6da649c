/**
 * The bench database: its own embedded PostgreSQL cluster under bench/.data/postgres (never
 * the dev cluster in .data/postgres), one database per size (`bench_<N>`), reused when it
 * already holds N articles made by the same generator version.
 *
 * A few dozen template documents go through the real importer (Local API), so every row —
 * versions tables, `_rels` tables, media with their sizes — has exactly the shape Payload
 * writes. They are then multiplied with set-based SQL, because 100k Local API creates would
 * take hours: titles, slugs and dates vary, each copy gets a paragraph of rare terms, and
 * relations are spread over the copies of the related collections.
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { generateDocument, RARE_TERMS } from './generate'
import { BENCH_DATA, MEDIA_DIR, log } from './env'

/** Bump when the generated shape changes: existing bench databases are then rebuilt. */
const GENERATOR_VERSION = 6
const TEMPLATE_COUNT = 24

export const dbName = (articles: number) => `bench_${articles}`

export interface BenchServer {
  /** Connection string of the server's `postgres` database. */
  adminUrl: string
  port: number
  url(database: string): string
  stop(): Promise<void>
}

export async function startBenchPostgres(): Promise<BenchServer> {
  const { startEmbeddedDatabase } = await import('../src/server/db/embedded')
  const db = await startEmbeddedDatabase({
    dir: path.join(BENCH_DATA, 'postgres'),
    database: 'postgres',
    reclaimOrphan: true,
    log,
  })
  const admin = new URL(db.adminUrl)
  return {
    adminUrl: db.adminUrl,
    port: Number(admin.port),
    url(database) {
      const u = new URL(db.adminUrl)
      u.pathname = `/${database}`
      return u.toString()
    },
    stop: () => db.stop(),
  }
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

interface Meta {
  articles: number
  version: number
}

async function readMeta(url: string): Promise<Meta | undefined> {
  return withClient(url, async (client) => {
    const table = await client.query(`SELECT to_regclass('bench_meta')::text AS t`)
    if (!table.rows[0].t) return undefined
    const row = await client.query(`SELECT value FROM bench_meta WHERE key = 'meta'`)
    return row.rows[0]?.value as Meta | undefined
  })
}

async function databaseExists(server: BenchServer, name: string): Promise<boolean> {
  return withClient(server.adminUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1)
}

export async function recreateDatabase(server: BenchServer, name: string, template?: string): Promise<void> {
  await withClient(server.adminUrl, async (c) => {
    await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name])
    await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`)
    await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''}`)
  })
}

export const BENCH_USERS = {
  admin: { email: 'bench-admin@bench.glassworks.example', roles: ['admin'] },
  editor: { email: 'bench-editor@bench.glassworks.example', roles: ['editor'] },
  reviewer: { email: 'bench-reviewer@bench.glassworks.example', roles: ['reviewer'] },
} as const
export const BENCH_PASSWORD = 'bench-password-not-secret-1'

/**
 * A bench database with `articles` articles. Needs the bench process's env (DATABASE_URL,
 * PAYLOAD_SECRET, MEDIA_DIR) to point at it before the Payload config is first imported.
 */
export async function ensureBenchData(server: BenchServer, articles: number, from?: number): Promise<{ url: string; reused: boolean }> {
  const name = dbName(articles)
  const url = server.url(name)
  if (await databaseExists(server, name)) {
    const meta = await readMeta(url).catch(() => undefined)
    if (meta && meta.articles === articles && meta.version === GENERATOR_VERSION) {
      log(`Reusing the bench database ${name} (${articles} articles).`)
      return { url, reused: true }
    }
  }
  const started = Date.now()
  if (from !== undefined && (await readMeta(server.url(dbName(from))).catch(() => undefined))?.version === GENERATOR_VERSION) {
    // Growing a smaller tier skips the Payload start and the template import.
    log(`Creating ${name} from ${dbName(from)} and growing it to ${articles} articles ...`)
    await recreateDatabase(server, name, dbName(from))
  } else {
    log(`Creating the bench database ${name} with ${articles} articles ...`)
    await recreateDatabase(server, name)
    await seedTemplates(url)
  }
  await multiply(url, articles)
  log(`Bench database ${name} ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  return { url, reused: false }
}

/** Users, authors, topics and the template documents, through Payload as the app writes them. */
async function seedTemplates(url: string): Promise<void> {
  process.env.DATABASE_URL = url
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { applyMigrations } = await import('../src/server/bootstrap')
  const { importFiles } = await import('../src/import/run')
  const { closePayload } = await import('../src/server/payload-lifecycle')
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    for (const [role, user] of Object.entries(BENCH_USERS)) {
      await payload.create({
        collection: 'users',
        data: { email: user.email, password: BENCH_PASSWORD, name: `Bench ${role}`, roles: [...user.roles] },
      })
    }
    const topics = ['Glass skin', 'Acne', 'Anti-ageing', 'Sun care', 'Pigmentation', 'Sensitive skin', 'Clinic treatments', 'Routines']
    for (const name of topics) {
      await payload.create({ collection: 'topics', data: { name, slug: name.toLowerCase().replace(/[^a-z]+/g, '-') } })
    }
    const authors = ['Ji-woo Park', 'Dr. Mina Seo', 'Hana Kim', 'Claire Moreau']
    for (const name of authors) {
      await payload.create({ collection: 'authors', data: { name, slug: name.toLowerCase().replace(/[^a-z]+/g, '-') } })
    }
    const dir = path.join(BENCH_DATA, 'templates')
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    for (let i = 0; i < TEMPLATE_COUNT; i++) {
      const doc = generateDocument(i)
      const sub = path.join(dir, String(i))
      fs.mkdirSync(sub)
      fs.writeFileSync(path.join(sub, doc.name), doc.text)
    }
    const started = Date.now()
    for (let i = 0; i < TEMPLATE_COUNT; i++) {
      const topic = topics[i % topics.length].toLowerCase().replace(/[^a-z]+/g, '-')
      const author = authors[i % authors.length].toLowerCase().replace(/[^a-z]+/g, '-')
      const { files } = await importFiles(payload, [path.join(dir, String(i))], {
        publish: true,
        generateCovers: true,
        topicSlug: topic,
        authorSlug: author,
      })
      for (const f of files) if (f.status === 'failed') throw new Error(`template import failed: ${f.error}`)
    }
    log(`Imported ${TEMPLATE_COUNT} template articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  } finally {
    await closePayload(payload)
  }
}

interface Column {
  name: string
}

async function columns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<Column>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' AND column_name <> 'id'
     ORDER BY ordinal_position`,
    [table],
  )
  return rows.map((r) => r.name)
}

const q = (name: string) => pg.escapeIdentifier(name)

/** Tables whose ids relation columns point at, by column name (`beauty_tips_id` → beauty_tips). */
const RELATED: Record<string, string> = {
  hero_image_id: 'media',
  meta_image_id: 'media',
  treatments_id: 'treatments',
  faqs_id: 'faqs',
  beauty_tips_id: 'beauty_tips',
  topics_id: 'topics',
  authors_id: 'authors',
}

interface Plan {
  table: string
  /** Total rows wanted. */
  target: number
  /** Column → SQL expression over `s` (the source row) and `m.g` (the copy number). */
  vary: Record<string, string>
}

function plans(articles: number): Plan[] {
  const slug = `s.slug || '-b' || m.g`
  const ago = (col: string) => `s.${q(col)} - ((m.g * 7919) % 1095) * interval '1 day'`
  const rare = (i: string) => `(($1::text[])[1 + (${i}) % ${RARE_TERMS.length}])`
  const editorsNote = `jsonb_build_object('type','paragraph','version',1,'format','','indent',0,'direction','ltr','textFormat',0,
    'children', jsonb_build_array(jsonb_build_object('type','text','version',1,'format',0,'detail',0,'mode','normal','style','',
      'text', 'Editor''s note: this guide also covers ' || ${rare('m.g::bigint * 7919')} || ' and ' || ${rare('m.g::bigint * 104729 + 17')} || ', two newer ingredients from Seoul labs.')))`
  const body = `CASE WHEN s.body IS NULL THEN NULL ELSE jsonb_set(s.body, '{root,children}', (s.body->'root'->'children') || jsonb_build_array(${editorsNote})) END`
  const dates = { published_at: ago('published_at'), created_at: ago('created_at'), updated_at: ago('updated_at') }
  return [
    { table: 'media', target: Math.max(30, Math.round(articles / 50)), vary: {} },
    { table: 'topics', target: Math.max(8, Math.round(articles / 250)), vary: { name: `s.name || ' ' || m.g`, slug } },
    { table: 'treatments', target: Math.max(10, Math.round(articles / 100)), vary: { name: `s.name || ' ' || m.g`, slug } },
    { table: 'beauty_tips', target: Math.round(articles / 4), vary: { title: `s.title || ' ' || m.g`, slug } },
    { table: 'faqs', target: Math.round(articles / 2), vary: { question: `regexp_replace(s.question, '\\?$', '') || ' (' || m.g || ')?'`, slug } },
    { table: 'articles', target: articles, vary: { title: `regexp_replace(s.title, ' [0-9]+$', '') || ' ' || m.g`, slug, body, ...dates } },
  ]
}

async function multiply(url: string, articles: number): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('SET synchronous_commit = off')
    for (const plan of plans(articles)) await multiplyTable(client, plan)
    await client.query(`CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value jsonb NOT NULL)`)
    await client.query(`INSERT INTO bench_meta VALUES ('meta', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [
      { articles, version: GENERATOR_VERSION } satisfies Meta,
    ])
    log('ANALYZE ...')
    await client.query('VACUUM ANALYZE')
  })
}

async function multiplyTable(client: pg.Client, plan: Plan): Promise<void> {
  const { table, target } = plan
  const existing = Number((await client.query(`SELECT count(*) AS n FROM ${q(table)}`)).rows[0].n)
  const copies = target - existing
  if (copies <= 0) return
  const started = Date.now()
  // Copies are made from the lowest ids: the templates, and when growing a tier, early copies.
  const sources = (await client.query(`SELECT id FROM ${q(table)} ORDER BY id LIMIT 64`)).rows.map((r) => Number(r.id))
  const ids = async (t: string) => (await client.query(`SELECT array_agg(id ORDER BY id) AS ids FROM ${q(t)}`)).rows[0].ids ?? []
  const related: Record<string, number[]> = {}
  for (const t of new Set(Object.values(RELATED))) related[t] = await ids(t)
  const remap = (col: string, source: string, salt: string) => {
    const t = RELATED[col]
    if (!t || !related[t].length) return `${source}.${q(col)}`
    return `CASE WHEN ${source}.${q(col)} IS NULL THEN NULL ELSE (ARRAY[${related[t].join(',')}])[1 + ((m.g * 31 + ${salt}) % ${related[t].length})] END`
  }

  await client.query('BEGIN')
  await client.query(`DROP TABLE IF EXISTS bench_map`)
  await client.query(
    `CREATE TEMP TABLE bench_map ON COMMIT DROP AS
     SELECT g, (ARRAY[${sources.join(',')}])[1 + (g - 1) % ${sources.length}] AS src,
            nextval(pg_get_serial_sequence('${table}', 'id'))::int AS id
     FROM generate_series(${existing + 1}, ${target}) g`,
  )
  // m.g continues the numbering, so growing 10k → 100k never repeats a slug.
  await client.query(`CREATE INDEX ON bench_map (src)`)

  const cols = await columns(client, table)
  let vary = plan.vary
  if (table === 'media') {
    // Files are copied below; every name-bearing column gets the copy's suffix.
    vary = Object.fromEntries(
      cols.filter((c) => c === 'url' || c === 'filename' || c === 'thumbnail_u_r_l' || /^sizes_.*_(url|filename)$/.test(c)).map((c) => [
        c,
        `replace(s.${q(c)}, regexp_replace(s.filename, '\\.[a-z]+$', ''), regexp_replace(s.filename, '\\.[a-z]+$', '') || '-b' || m.g)`,
      ]),
    )
  }
  const select = cols.map((c) => vary[c] ?? remap(c, 's', '0'))
  const params = table === 'articles' ? [RARE_TERMS] : []
  await client.query(
    `INSERT INTO ${q(table)} (id, ${cols.map(q).join(', ')})
     SELECT m.id, ${select.join(', ')} FROM bench_map m JOIN ${q(table)} s ON s.id = m.src`,
    params,
  )

  const rels = `${table}_rels`
  const relCols = await columns(client, rels)
  if (relCols.length) {
    await client.query(
      `INSERT INTO ${q(rels)} (${relCols.map(q).join(', ')})
       SELECT ${relCols.map((c) => (c === 'parent_id' ? 'm.id' : remap(c, 'r', 'coalesce(r."order", 0) * 7'))).join(', ')}
       FROM bench_map m JOIN ${q(rels)} r ON r.parent_id = m.src`,
    )
  }

  const versions = `_${table}_v`
  const versionCols = await columns(client, versions)
  if (versionCols.length) {
    const fromMain = versionCols.filter((c) => c.startsWith('version_') && cols.includes(c.slice('version_'.length)))
    // Main and versions tables have separate enum types with the same labels.
    const enums = new Map(
      (
        await client.query<{ name: string; udt: string }>(
          `SELECT column_name AS name, udt_name AS udt FROM information_schema.columns WHERE table_name = $1 AND data_type = 'USER-DEFINED'`,
          [versions],
        )
      ).rows.map((r) => [r.name, r.udt]),
    )
    const cast = (c: string) => (enums.has(c) ? `::text::${q(enums.get(c)!)}` : '')
    await client.query(
      `INSERT INTO ${q(versions)} (parent_id, ${fromMain.map(q).join(', ')}, created_at, updated_at, latest, autosave)
       SELECT a.id, ${fromMain.map((c) => `a.${q(c.slice('version_'.length))}${cast(c)}`).join(', ')}, a.updated_at, a.updated_at, true, false
       FROM bench_map m JOIN ${q(table)} a ON a.id = m.id`,
    )
    const vrels = `${versions}_rels`
    const vrelCols = await columns(client, vrels)
    if (vrelCols.length && relCols.length) {
      await client.query(
        `INSERT INTO ${q(vrels)} (${vrelCols.map(q).join(', ')})
         SELECT ${vrelCols.map((c) => (c === 'parent_id' ? 'v.id' : c === 'path' ? `'version.' || r.path` : `r.${q(c)}`)).join(', ')}
         FROM bench_map m JOIN ${q(rels)} r ON r.parent_id = m.id JOIN ${q(versions)} v ON v.parent_id = m.id AND v.latest`,
      )
    }
  }

  if (table === 'media') await copyMediaFiles(client)
  await client.query('COMMIT')
  log(`  ${table}: +${copies} rows (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

/** The copies' files: each copy's own names (original and image sizes) from its row. */
async function copyMediaFiles(client: pg.Client): Promise<void> {
  const fileColumns = (await columns(client, 'media')).filter((c) => c === 'filename' || /^sizes_.*_filename$/.test(c))
  const { rows } = await client.query<Record<string, string | null>>(
    `SELECT ${fileColumns.map((c) => `s.${q(c)} AS ${q(`src_${c}`)}, n.${q(c)} AS ${q(`dst_${c}`)}`).join(', ')}
     FROM bench_map m JOIN media s ON s.id = m.src JOIN media n ON n.id = m.id`,
  )
  for (const row of rows) {
    for (const c of fileColumns) {
      const src = row[`src_${c}`]
      const dst = row[`dst_${c}`]
      if (!src || !dst || src === dst) continue
      const target = path.join(MEDIA_DIR, dst)
      if (!fs.existsSync(target) && fs.existsSync(path.join(MEDIA_DIR, src))) fs.copyFileSync(path.join(MEDIA_DIR, src), target)
    }
  }
}
