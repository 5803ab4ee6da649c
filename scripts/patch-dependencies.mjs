#!/usr/bin/env node
/*
 * Small, checked edits to installed packages, run by `npm install`/`npm ci` (postinstall).
 *
 * Each edit names the upstream behaviour it changes and why no configuration reaches it. The
 * files are minified bundles (one line is megabytes), so a line-based patch file would copy the
 * whole bundle into the repository; an exact string replacement is smaller and fails loudly
 * when an upgrade changes the code. Idempotent: a second run finds the edit in place.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const EDITS = [
  {
    // Payload's "Document locked" modal and the list's lock badge name the holder by email,
    // else by id. Colleagues may not read each other's email (collections/Users), so editors
    // saw "5 is currently editing". Prefer the name, which every colleague may read.
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    replacements: [
      ['l.email??l.id:`${u("general:user")}', 'l.name??l.email??l.id:`${u("general:user")}'],
      ['n.email??n.id:i("general:anotherUser")', 'n.name??n.email??n.id:i("general:anotherUser")'],
    ],
  },
  {
    // The admin's forms ask the server for form state as they are edited. A request that is no
    // longer signed in (a session that expired, or create-first-user typing on after Create made
    // the first account) is refused by canAccessAdmin, and Payload answers it 401 as it should,
    // but logs the refusal as an ERROR with a stack first: a server error to whoever reads the
    // log (and to our tests' log check, tests/helpers/serverLog.ts). Logged at info instead; the
    // answer is unchanged, and every other failure is still logged as an error.
    file: 'node_modules/@payloadcms/ui/dist/utilities/buildFormState.js',
    replacements: [
      [
        '  } catch (err) {\n    req.payload.logger.error({\n      err,\n      msg: `There was an error building form state`\n    });\n',
        "  } catch (err) {\n    // Glassworks (scripts/patch-dependencies.mjs): a request that is not signed in is refused, not failed\n    if (err?.status === 401 || err?.message === 'Unauthorized') req.payload.logger.info({\n      msg: 'Form state refused: the request is not signed in to the admin'\n    });\n    else req.payload.logger.error({\n      err,\n      msg: `There was an error building form state`\n    });\n",
      ],
    ],
  },
  {
    // Create-first-user renders the auth email itself and then every collection field, our
    // merged `email` (declared for its read rule) included, so the form asked for the address
    // twice. The edit view honours `admin.components.Field: false`; this view's client form
    // state drops that, and a condition would hide both (they share one path).
    file: 'node_modules/@payloadcms/next/dist/views/CreateFirstUser/index.client.js',
    replacements: [
      [
        'fields: collectionConfig.fields,',
        "fields: collectionConfig.fields.filter(field => !('name' in field && field.name === 'email')),",
      ],
    ],
  },
  {
    // Payload's autosave queue starts a waiting autosave the moment the previous answer
    // arrives, before React merged that answer (its new updatedAt) into the form, so the
    // follow-up stated a stale base and our optimistic-concurrency check refused it as
    // "someone else saved" (src/content/staleWrites.ts). The save's answer carries its new
    // base in a header; the next autosave of the same form sends the newer of that and the
    // form's own updatedAt.
    // The admin runs the bundled copy of the component (exports/client), not dist/elements.
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    replacements: [
      ['var yJ="autosave",S6=1e3', 'var gwNewerBase=(a,b)=>{let x=typeof a=="string"?new Date(a).getTime():NaN,y=typeof b=="string"?new Date(b).getTime():NaN;return Number.isNaN(x)||y>=x?{}:{updatedAt:a}};var yJ="autosave",S6=1e3'],
      ['T=AC(null),D=ot(()=>{T.current=void 0;', 'T=AC(null),gwOwnSave=AC(void 0),D=ot(()=>{T.current=void 0;'],
      [
        'overrides:{_status:"draft"},skipValidation:!y});M&&M?.res?.ok&&!i&&',
        'overrides:{_status:"draft",...gwNewerBase(gwOwnSave.current,x6(f).updatedAt)},skipValidation:!y});{let gwAt=M?.res?.ok?M.res.headers.get("x-glassworks-saved-at"):null;gwAt&&(gwOwnSave.current=gwAt)}M&&M?.res?.ok&&!i&&',
      ],
    ],
  },
  {
    // Payload's dataloader fetches the documents a read populates with one find per related
    // collection, one after another "so as to not hang transactions". Outside a transaction
    // (every anonymous read: the REST API, the site's pages) nothing shares a connection, so
    // the finds run together: a list of 20 articles at depth 1 embeds six collections, and
    // their queries' round trips no longer add up (bench/README.md, "fifth pass"). Inside a
    // transaction the order stays as it was. Each batch's ids are collected with a push rather
    // than a copy of the list so far per id (a list's ~65 tips made ~2,000 copies).
    file: 'node_modules/payload/dist/collections/dataloader.js',
    replacements: [
      [
        '                batchByFindArgs[batchKey] = [\n                    ...batchByFindArgs[batchKey] || [],\n                    sanitizedID\n                ];\n',
        '                (batchByFindArgs[batchKey] ??= []).push(sanitizedID); // Glassworks (scripts/patch-dependencies.mjs): not a copy per id\n',
      ],
      [
        '        // Run find requests one after another, so as to not hang transactions\n        for (const [batchKey, ids] of Object.entries(batchByFindArgs)){\n',
        '        // Glassworks (scripts/patch-dependencies.mjs): one after another inside a transaction only\n        const gwFindBatch = async ([batchKey, ids])=>{\n',
      ],
      [
        '            }\n        }\n        // Return docs array,',
        '            }\n        };\n        const gwBatches = Object.entries(batchByFindArgs);\n        if (gwBatches.length > 1 && gwBatches.every(([batchKey])=>JSON.parse(batchKey)[0] == null)) await Promise.all(gwBatches.map(gwFindBatch));\n        else for (const batch of gwBatches) await gwFindBatch(batch);\n        // Return docs array,',
      ],
    ],
  },
  {
    // A paginated find starts its page query, then awaits the count, then the page: Payload
    // meant the two to overlap, but drizzle's query promise is lazy (it runs on `then`), so
    // they ran one after another. `execute()` starts it at once; the early `catch` only keeps a
    // failing page query from being reported unhandled while the count runs (awaiting it below
    // still throws). In a transaction both go to its one connection, which queues them.
    //
    // And a page past the first (`offset`) of documents with relations: the page query joins
    // each document's relations (a lateral aggregate) before LIMIT/OFFSET drops the skipped
    // rows, so PostgreSQL built the relations of every skipped document too: page 6 of 20 built
    // 120 documents' to return 20 (5 ms at 10k articles), and a crawler's page 500 10,000.
    // The page's ids now come from a subquery with the same filter, order, offset and limit,
    // and the page query reads those rows in that order: one statement still, the same rows.
    //
    // And a read with an include-`select` (every document populated under `defaultPopulate`:
    // ~120 of a list's ~140) fetched only the selected columns but was still shaped field by
    // field for the whole collection: ~7,800 field steps per uncached list of 20 at depth 1, now
    // ~2,870 (bench/README.md, twelfth pass). The kept fields follow Payload's own include rule
    // (stripUnselectedFields, which drizzle cannot import: a data field the select does not name). Payload's afterRead drops every field the select leaves
    // out, so only the selected ones are shaped now; versions keep every field, since their
    // select names the version's own columns.
    file: 'node_modules/@payloadcms/drizzle/dist/find/findMany.js',
    replacements: [
      [
        '        findManyArgs.limit = limit;\n        findManyArgs.offset = offset;\n        findManyArgs.orderBy = ()=>orderBy.map(({ column, order })=>order(column));\n        if (where) {\n            findManyArgs.where = where;\n        }\n',
        '        findManyArgs.orderBy = ()=>orderBy.map(({ column, order })=>order(column));\n' +
          '        if (offset > 0 && limit && findManyArgs.with && Object.keys(findManyArgs.with).length > 0) {\n' +
          '            // Glassworks (scripts/patch-dependencies.mjs): relations built for this page only\n' +
          '            const gwTable = adapter.tables[tableName];\n' +
          '            let gwPage = db.select({ id: gwTable.id }).from(gwTable).$dynamic();\n' +
          '            if (where) gwPage = gwPage.where(where);\n' +
          '            findManyArgs.where = inArray(gwTable.id, gwPage.orderBy(...findManyArgs.orderBy()).offset(offset).limit(limit));\n' +
          '        } else {\n' +
          '        findManyArgs.limit = limit;\n        findManyArgs.offset = offset;\n        if (where) {\n            findManyArgs.where = where;\n        }\n' +
          '        }\n',
      ],
      [
        '    const findPromise = db.query[tableName].findMany(findManyArgs);\n',
        '    const findPromise = db.query[tableName].findMany(findManyArgs).execute();\n    findPromise.catch(()=>undefined); // Glassworks (scripts/patch-dependencies.mjs)\n',
      ],
      [
        "import { transform } from '../transform/read/index.js';\n",
        "import { fieldAffectsData, getSelectMode } from 'payload/shared';\nimport { transform } from '../transform/read/index.js';\n",
      ],
      [
        '    const docs = rawDocs.map((data)=>{\n        return transform({\n            adapter,\n            config: adapter.payload.config,\n            data,\n            fields,\n',
        '    // Glassworks (scripts/patch-dependencies.mjs): shape only the fields a document read with `select` returns\n' +
          "    const gwFields = !versions && select && getSelectMode(select) === 'include' ? fields.filter((field)=>!fieldAffectsData(field) || field.name === 'id' || select[field.name]) : fields;\n" +
          '    const docs = rawDocs.map((data)=>{\n        return transform({\n            adapter,\n            config: adapter.payload.config,\n            data,\n            fields: gwFields,\n',
      ],
    ],
  },
  {
    // drizzle's read transform handles every column of every row the same way: one large
    // closure that allocates a list of (target, row) pairs and a locale map, tests the field
    // against each structured type in turn, then walks the list, even for a field with one
    // value and no locale (most columns of most rows): 3.2 MB of an uncached list's ~14 MB of
    // allocation (bench/README.md, "ninth pass"), and the closure's self time led the CPU
    // profile (twelfth pass). Such a field now gets its value at the top of the closure, with
    // the same conversions (dates, numbers, points, numeric ids); arrays, blocks, joins, groups,
    // tabs, hasMany and polymorphic relations and localised fields keep drizzle's path.
    file: 'node_modules/@payloadcms/drizzle/dist/transform/read/traverseFields.js',
    replacements: [
      [
        "export const traverseFields = (",
        "// Glassworks (scripts/patch-dependencies.mjs): the types whose column holds the field's one value\n" +
          "const gwOneValueTypes = new Set(['checkbox', 'code', 'date', 'email', 'json', 'number', 'point', 'radio', 'relationship', 'richText', 'select', 'text', 'textarea', 'upload']);\n" +
          'export const traverseFields = (',
      ],
      [
        '    const formatted = fields.reduce((result, field)=>{\n        if (fieldIsVirtual(field)) {\n            return result;\n        }\n',
        '    const formatted = fields.reduce((result, field)=>{\n        if (fieldIsVirtual(field)) {\n            return result;\n        }\n' +
          "        if (gwOneValueTypes.has(field.type) && !field.hasMany && !Array.isArray(field.relationTo) && typeof table._locale !== 'string' && !fieldShouldBeLocalized({ field, parentIsLocalized })) {\n" +
          '            // Glassworks (scripts/patch-dependencies.mjs): one value, no locale\n' +
          '            const gwName = fieldPrefix ? `${fieldPrefix}${field.name}` : field.name;\n' +
          '            if (fieldPrefix) deletions.push(()=>delete table[gwName]);\n' +
          '            let val = table[gwName];\n' +
          "            if (field.type === 'date') { if (typeof val === 'string') val = new Date(val).toISOString(); }\n" +
          "            else if (field.type === 'number') { if (typeof val === 'string') val = Number.parseFloat(val); }\n" +
          "            else if (field.type === 'point') { if (typeof val === 'string') val = JSON.parse(val); }\n" +
          "            else if ((field.type === 'relationship' || field.type === 'upload') && val && adapter.payload.collections[field.relationTo].customIDType === 'number') val = Number(val);\n" +
          '            result[field.name] = val;\n' +
          '            return result;\n' +
          '        }\n',
      ],
    ],
  },
  {
    // afterRead starts an async step (`promise.js`) for every field of every document it
    // returns: it builds the field's three paths, splits them, and only then looks for work.
    // Two kinds of step find none, and are now skipped before they start:
    // - a field the read's `select` leaves out. A related document populated under
    //   `defaultPopulate` (a few fields of forty) paid for the forty (bench/README.md, "fifth
    //   pass": a list 0.86x CPU). The same check runs first, with the same deletion;
    // - a plain value (text, number, date, select, checkbox...) with no hook, no read rule,
    //   nothing to localise or hide, no virtual path and no default to fill, and a `ui` field,
    //   which holds no data: two thirds of the ~2,000 steps of an uncached list of 20 at depth 1
    //   ("eighth pass": 0.93x CPU).
    // Same answers, byte for byte (bench/restProbe.ts --dump; tests/integration/payload-read-edits.test.ts).
    file: 'node_modules/payload/dist/fields/hooks/afterRead/traverseFields.js',
    replacements: [
      [
        "import { promise } from './promise.js';\n",
        "import { stripUnselectedFields } from '../../../utilities/stripUnselectedFields.js';\nimport { promise } from './promise.js';\n",
      ],
      [
        'export const traverseFields = (',
        "// Glassworks (scripts/patch-dependencies.mjs): a field whose afterRead step would find nothing to do\nconst gwPlainTypes = new Set(['checkbox', 'code', 'date', 'email', 'json', 'number', 'radio', 'select', 'text', 'textarea']);\nconst gwNothingToDo = ({ field, parentIsLocalized, siblingDoc, triggerAccessControl, triggerHooks })=>field.type === 'ui' || gwPlainTypes.has(field.type) && !field.hidden && !field.localized && !parentIsLocalized && !(triggerHooks && field.hooks?.afterRead?.length) && !(triggerAccessControl && field.access?.read) && typeof field.virtual !== 'string' && (typeof field.defaultValue === 'undefined' || typeof siblingDoc[field.name] !== 'undefined');\nexport const traverseFields = (",
      ],
      [
        '    fields.forEach((field, fieldIndex)=>{\n        fieldPromises.push(promise({\n',
        "    fields.forEach((field, fieldIndex)=>{\n        // Glassworks (scripts/patch-dependencies.mjs): promise() returns here for these, after its own work\n        if (select && selectMode && (parentPath || field.name !== 'id') && !stripUnselectedFields({ field, select, selectMode, siblingDoc })) return;\n        if (gwNothingToDo({ field, parentIsLocalized, siblingDoc, triggerAccessControl, triggerHooks })) return;\n        fieldPromises.push(promise({\n",
      ],
    ],
  },
  {
    // Payload answers a REST list with `Response.json(result)`: one JSON.stringify of the whole
    // page, then its UTF-8 bytes. A page of 20 articles is ~280 KB of text, and one curly quote
    // makes all of it a two-byte string: V8 builds and encodes that in its large-object space
    // (stringify + encode 3-5 ms per list on Node 24, and the garbage). The same bytes, written
    // one document at a time, stay small young-generation strings (~1 ms), encoded straight into
    // one buffer of the answer's size (a buffer per document and their concatenation doubled the
    // answer's off-heap bytes). The answer is byte for byte what JSON.stringify gives: same keys
    // in the same order, the same omissions.
    file: 'node_modules/payload/dist/collections/endpoints/find.js',
    replacements: [
      [
        "export const findHandler = async (req)=>{\n",
        "// Glassworks (scripts/patch-dependencies.mjs): JSON.stringify's bytes, one array element at a time, encoded into one buffer\nconst gwJsonBytes = (value)=>{\n    if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof value.toJSON === 'function') return Buffer.from(JSON.stringify(value));\n    const parts = [];\n    let separator = '{';\n    for (const key of Object.keys(value)){\n        const item = value[key];\n        if (Array.isArray(item) && typeof item.toJSON !== 'function') {\n            parts.push(`${separator}${JSON.stringify(key)}:[`);\n            for(let index = 0; index < item.length; index++){\n                if (index) parts.push(',');\n                parts.push(JSON.stringify(item[index]) ?? 'null');\n            }\n            parts.push(']');\n        } else {\n            const text = JSON.stringify(item);\n            if (text === undefined) continue;\n            parts.push(`${separator}${JSON.stringify(key)}:`, text);\n        }\n        separator = ',';\n    }\n    parts.push(separator === '{' ? '{}' : '}');\n    let length = 0;\n    for (const part of parts) length += Buffer.byteLength(part);\n    const bytes = Buffer.allocUnsafe(length);\n    let offset = 0;\n    for (const part of parts) offset += bytes.write(part, offset);\n    return offset === length ? bytes : bytes.subarray(0, offset);\n};\nexport const findHandler = async (req)=>{\n",
      ],
      [
        "    return Response.json(result, {\n        headers: headersWithCors({\n            headers: new Headers(),\n            req\n        }),\n        status: httpStatus.OK\n    });\n",
        "    const gwHeaders = headersWithCors({\n        headers: new Headers(),\n        req\n    });\n    if (!gwHeaders.has('content-type')) gwHeaders.set('content-type', 'application/json');\n    return new Response(gwJsonBytes(result), {\n        headers: gwHeaders,\n        status: httpStatus.OK\n    });\n",
      ],
    ],
  },
  {
    // drizzle's `is(value, Class)` runs for nearly every piece of every SQL statement it builds
    // and every row it maps. When `instanceof` says no (the common answer), it walks the
    // value's class chain asking each class for the entity kind, and each `in` walks that
    // class's own chain again. A class's answer never changes, so it is kept per class and
    // asked class: ~1.5 ms of an uncached REST list of 20 at depth 1 (8 statements, ~130 rows).
    file: 'node_modules/drizzle-orm/entity.js',
    replacements: [
      ['function is(value, type) {\n', 'function gwWorkOutIs(value, type) {\n'],
      [
        'export {\n  entityKind,',
        '// Glassworks (scripts/patch-dependencies.mjs): drizzle\'s answer, kept per (class, asked class)\nconst gwKnown = new WeakMap();\nfunction is(value, type) {\n  if (!value || typeof value !== "object") return false;\n  if (value instanceof type) return true;\n  const cls = Object.getPrototypeOf(value).constructor;\n  if (typeof cls !== "function") return gwWorkOutIs(value, type);\n  let answers = gwKnown.get(cls);\n  if (!answers) gwKnown.set(cls, answers = new Map());\n  let answer = answers.get(type);\n  if (answer === undefined) answers.set(type, answer = gwWorkOutIs(value, type));\n  return answer;\n}\nexport {\n  entityKind,',
      ],
    ],
  },
  {
    // drizzle maps every column of every row it reads by asking, per value, whether the
    // selection item is a column, an SQL expression or an alias, to find its decoder. Every row
    // of one query has the same selection, so the answer is kept on the selection item; and the
    // walk over the selection uses an index instead of an entries() iterator.
    file: 'node_modules/drizzle-orm/relations.js',
    replacements: [
      [
        '  for (const [\n    selectionItemIndex,\n    selectionItem\n  ] of buildQueryResultSelection.entries()) {\n',
        '  for (let selectionItemIndex = 0; selectionItemIndex < buildQueryResultSelection.length; selectionItemIndex++) {\n    const selectionItem = buildQueryResultSelection[selectionItemIndex];\n',
      ],
      [
        '      const field = selectionItem.field;\n      let decoder;\n      if (is(field, Column)) {\n        decoder = field;\n      } else if (is(field, SQL)) {\n        decoder = field.decoder;\n      } else {\n        decoder = field.sql.decoder;\n      }\n',
        '      const field = selectionItem.field;\n      // Glassworks (scripts/patch-dependencies.mjs): one decoder per selection item, not per value\n      let decoder = selectionItem.gwDecoder;\n      if (decoder === undefined) {\n      if (is(field, Column)) {\n        decoder = field;\n      } else if (is(field, SQL)) {\n        decoder = field.decoder;\n      } else {\n        decoder = field.sql.decoder;\n      }\n      selectionItem.gwDecoder = decoder;\n      }\n',
      ],
    ],
  },
  {
    // Payload's row transform looks for block rows in every row it reads by listing all of
    // the row's columns as [key, value] pairs (Object.entries). Most rows (and every row of a
    // collection without blocks) have none; the listing now starts only when one is present.
    file: 'node_modules/@payloadcms/drizzle/dist/utilities/createBlocksMap.js',
    replacements: [
      [
        'export const createBlocksMap = (data)=>{\n    const blocksMap = {};\n',
        "export const createBlocksMap = (data)=>{\n    const blocksMap = {};\n    // Glassworks (scripts/patch-dependencies.mjs): no block rows, nothing to list\n    let gwHasBlocks = false;\n    for(const key in data){\n        if (key.startsWith('_blocks_')) {\n            gwHasBlocks = true;\n            break;\n        }\n    }\n    if (!gwHasBlocks) return blocksMap;\n",
      ],
    ],
  },
  {
    // Payload's database adapter turns the same few hundred field and table names to snake case
    // on every query it builds and every row it reads (three regular-expression passes each).
    // Remembered per name; names from elsewhere stop being remembered after 10,000.
    file: 'node_modules/to-snake-case/index.js',
    replacements: [
      [
        "function toSnakeCase(string) {\n  return toSpace(string).replace(/\\s/g, '_')\n}\n",
        "// Glassworks (scripts/patch-dependencies.mjs): remembered per name\nvar gwKnown = new Map()\n\nfunction toSnakeCase(string) {\n  if (typeof string !== 'string') return toSpace(string).replace(/\\s/g, '_')\n  var known = gwKnown.get(string)\n  if (known === undefined) {\n    known = toSpace(string).replace(/\\s/g, '_')\n    if (gwKnown.size < 10000) gwKnown.set(string, known)\n  }\n  return known\n}\n",
      ],
    ],
  },
]

let failed = false
for (const edit of EDITS) {
  const file = path.join(root, edit.file)
  if (!fs.existsSync(file)) {
    console.error(`patch-dependencies: ${edit.file} is missing (was the package removed or moved?)`)
    failed = true
    continue
  }
  let text = fs.readFileSync(file, 'utf8')
  let changed = false
  for (const [from, to] of edit.replacements) {
    if (text.includes(to)) continue
    const count = text.split(from).length - 1
    if (count !== 1) {
      console.error(`patch-dependencies: ${edit.file}: expected "${from}" once, found it ${count} times (package upgraded? re-check the edit)`)
      failed = true
      continue
    }
    text = text.replace(from, to)
    changed = true
  }
  if (changed) fs.writeFileSync(file, text)
}
if (failed) process.exit(1)
