import type { Payload, PayloadRequest } from 'payload'

import type { ContentCollection } from '../../shared/collections'

export const PUBLISH_SCHEDULED = 'publish-scheduled' as const
export const TAKE_DOWN_SCHEDULED = 'take-down-scheduled' as const
export const TAKE_DOWN_OVERDUE_REVIEWS = 'take-down-overdue-reviews' as const

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

/** Queue a reviewer's "take down at". */
export async function queueTakeDown(
  payload: Payload,
  req: PayloadRequest,
  collection: ContentCollection,
  id: number,
  unpublishAt: string,
) {
  await payload.jobs.queue({
    task: TAKE_DOWN_SCHEDULED,
    input: { collection, id, unpublishAt },
    waitUntil: new Date(unpublishAt),
    req,
  })
}
