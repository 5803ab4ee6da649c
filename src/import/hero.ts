import fs from 'node:fs/promises'
import path from 'node:path'

import { renderCover } from './cover'
import type { Ctx } from './lookup'
import { findOne } from './lookup'
import { IMPORT_CONTEXT } from './options'
import type { ParsedDocument } from './parse'

/** The article's hero: the image the document names (next to it), else a drawn cover when asked for. */
export async function heroImage(ctx: Ctx, doc: ParsedDocument, sourceFile: string, generate: boolean): Promise<number | undefined> {
  const given = await givenHeroImage(ctx, doc, sourceFile)
  return given ?? (generate ? generatedCover(ctx, doc) : undefined)
}

async function generatedCover(ctx: Ctx, doc: ParsedDocument): Promise<number> {
  const name = `${doc.slug}-cover.png`
  const found = await findOne<{ id: number }>(ctx, 'media', { filename: { equals: name } })
  if (found) return found.id
  const data = await renderCover(doc.title, doc.slug)
  const media = await ctx.payload.create({
    collection: 'media',
    data: { alt: `Cover: “${doc.title}”` },
    file: { data, mimetype: 'image/png', name, size: data.length },
    req: ctx.req,
    context: IMPORT_CONTEXT,
  })
  return media.id
}

async function givenHeroImage(ctx: Ctx, doc: ParsedDocument, sourceFile: string): Promise<number | undefined> {
  if (!doc.heroImage) return undefined
  if (/^https?:\/\//i.test(doc.heroImage)) {
    ctx.report.warnings.push(`hero image ${doc.heroImage} is remote; nothing is downloaded, so the hero is left empty`)
    return undefined
  }
  const file = path.resolve(path.dirname(sourceFile), doc.heroImage)
  const exists = await fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  )
  if (!exists) {
    ctx.report.warnings.push(`hero image ${doc.heroImage} not found next to the file; the hero is left empty`)
    return undefined
  }
  // Payload renames an upload whose name is taken ("glow-1.jpg"), so look for those names too.
  const { name: stem, ext } = path.parse(file)
  const candidates = await ctx.payload.find({
    collection: 'media',
    where: { filename: { like: stem } },
    limit: 50,
    depth: 0,
    req: ctx.req,
    overrideAccess: true,
  })
  const sameName = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:-\\d+)?${ext.replace('.', '\\.')}$`)
  const found = candidates.docs.find((m) => sameName.test(m.filename ?? ''))
  if (found) return found.id
  const media = await ctx.payload.create({
    collection: 'media',
    data: { alt: doc.title },
    filePath: file,
    req: ctx.req,
    context: IMPORT_CONTEXT,
  })
  return media.id
}
