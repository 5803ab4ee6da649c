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
