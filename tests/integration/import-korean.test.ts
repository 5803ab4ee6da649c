import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { importFile } from '../../src/import/persist'
import { usePayload } from '../helpers/payload'

const ctx = usePayload()
const SHAPES = path.resolve(__dirname, '../fixtures/import/shapes')

describe('a Korean document', () => {
  it('imports with Hangul slugs for the article, its FAQs and tips, without slug collisions', async () => {
    const report = await importFile(ctx.payload, path.join(SHAPES, 'steps-ko.md'))
    expect(report.error).toBeUndefined()
    expect(report).toMatchObject({ status: 'created', slug: '초보자를-위한-저녁-스킨케어-순서', faqs: 2, tips: 3 })
    const { docs } = await ctx.payload.find({ collection: 'articles', where: { slug: { equals: report.slug } }, draft: true, depth: 1 })
    const faqs = docs[0].faqs?.map((f) => (typeof f === 'object' ? f.slug : f))
    expect(faqs).toEqual(['레티놀은-언제-바르나요', '매일-각질-제거를-해도-되나요'])
  })
})
