import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { ContentCollection } from '../../shared/collections'
import { OUTSIDE_NEXT_REQUEST } from '../../site/revalidate'
import { releaseScheduled } from '../machine'
import { WORKFLOW_CONTEXT } from './context'
import { workflowOptions } from './options'
import { notify } from './notify'
import { toSubject } from './subject'
import { applyOutcome, type Doc } from './transition'

export const PUBLISH_SCHEDULED = 'publish-scheduled' as const

interface ReleaseInput {
  collection: ContentCollection
  id: number
  publishAt: string
}

/** Queue the release in Payload's job queue; it waits in the database, so restarts keep it. */
export async function queueRelease(
  payload: Payload,
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  publishAt: string,
) {
  await payload.jobs.queue({
    task: PUBLISH_SCHEDULED,
    input: { collection, id, publishAt },
    waitUntil: new Date(publishAt),
    req,
  })
}

/**
 * Publish scheduled content whose time has come. A job whose document was withdrawn or
 * rescheduled since it was queued does nothing: the document, not the job, is the truth.
 */
export async function releaseDue(payload: Payload, input: ReleaseInput, req: PayloadRequest): Promise<string> {
  const doc = (await payload
    .findByID({
      collection: input.collection,
      id: input.id,
      draft: true,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)) as Doc | null
  if (!doc) return 'gone'
  if (
    doc.workflowState !== 'scheduled' ||
    new Date(String(doc.publishAt)).getTime() !== new Date(input.publishAt).getTime()
  ) {
    return 'stale'
  }
  const subject = await toSubject(payload, input.collection, doc, req)
  const outcome = releaseScheduled(subject, new Date(), workflowOptions())
  if (!outcome.ok) {
    payload.logger.warn({ msg: `Scheduled ${input.collection} ${input.id} was not published: ${outcome.message}` })
    return 'refused'
  }
  req.context = { ...req.context, ...WORKFLOW_CONTEXT }
  await applyOutcome(payload, req, input.collection, doc, outcome, { name: 'scheduler' })
  await notify(payload, {
    collection: input.collection,
    doc,
    action: 'publish',
    to: 'published',
    actor: { name: 'scheduler' },
    recipients: outcome.effects.notify,
  })
  return 'published'
}

export const publishScheduledTask: TaskConfig<'publish-scheduled'> = {
  slug: PUBLISH_SCHEDULED,
  label: 'Publish scheduled content',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: 3,
  handler: async ({ input, req }) => {
    // The queue's cron timer was started inside whichever request first booted Payload (an
    // admin render, an API call) and inherits that long-finished request's Next context:
    // revalidation must not use it.
    req.context = { ...req.context, [OUTSIDE_NEXT_REQUEST]: true }
    const result = await releaseDue(req.payload, input as ReleaseInput, req)
    return { output: { result } }
  },
}
