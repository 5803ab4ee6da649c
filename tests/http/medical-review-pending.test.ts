import { describe, expect, it } from 'vitest'

import { QUEUES, runQueue } from '../../src/workflow/admin/queues'
import { checklistReadyArticle } from '../helpers/content'
import { serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'

const ctx = usePayload()

describe('medical content published without a sign-off (the launch content)', () => {
  it('says "Medical review pending" on its page, names no reviewer, and waits in the medical reviewer’s queue', async () => {
    // As the seed publishes launch content: by the system, before any medical review.
    const doc = await ctx.payload.create({
      collection: 'articles',
      data: { ...(await checklistReadyArticle(ctx.payload)), medical: true, _status: 'published', workflowState: 'published' } as never,
    })
    const html = await (await fetch(`${serverUrl()}/blog/${doc.slug}`)).text()
    expect(html).toContain(doc.title)
    expect(html).toContain('Medical review pending')
    expect(html).not.toContain('Medically reviewed by')

    const queue = await runQueue(ctx.payload, { ...QUEUES.awaitingSignOff(), limit: 200 })
    expect(queue.items.map((item) => item.id)).toContain(doc.id)
    expect(queue.lists.find((list) => list.collection === 'articles')?.href).toMatch(
      /^\/admin\/collections\/articles\?where/,
    )
  })
})
