import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { badRequest, conflict, forbidden } from '../../server/errors'
import type { ContentCollection } from '../../shared/collections'
import '../../shared/requestContext'
import { lockForSave } from './serialise'

/** How many documents one bulk delete or move to trash may touch (the admin's largest page). */
export const BULK_DELETE_LIMIT = 100

const isUserWrite = (req: PayloadRequest) => Boolean(req.user) && !req.context.workflow

async function liveCount(req: PayloadRequest, collection: ContentCollection, where: Where): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }] },
    req,
    overrideAccess: true,
  })
  return totalDocs
}

const TAKEDOWN =
  'is live: taking it offline is a reviewer’s workflow action (POST /api/<collection>/<id>/workflow {"action":"unpublish"}), which the audit trail records. Unpublish it first.'

/**
 * Only the workflow changes what is live. In Payload a save without `?draft=true` writes the
 * main row — the live page — with the latest version's `_status`, so after a reopen any PATCH
 * took the page offline. Every user write here is saved as a draft version whatever its route
 * (REST with or without ?draft, GraphQL, autosave, bulk, the Local API with a user); restores
 * must be drafts; live documents cannot be deleted or trashed until unpublished. Writes without
 * a user (seed, importer, jobs) and the workflow's own writes pass.
 */
type WriteArgs = { id?: number | string; where?: Where; data?: unknown; draft?: boolean }

export const keepLiveVersion: CollectionBeforeOperationHook = async ({ args: anyArgs, operation, req, collection }) => {
  const args = anyArgs as typeof anyArgs & WriteArgs
  if (!isUserWrite(req)) return args
  const slug = collection.slug as ContentCollection
  const status = ((args.data ?? {}) as { _status?: unknown })._status
  if (status !== undefined && status !== 'draft' && status !== 'published') {
    throw badRequest(`"_status" is "draft" or "published", not ${JSON.stringify(status)}.`)
  }
  if (operation === 'update') {
    const data = (args.data ?? {}) as Record<string, unknown>
    if ('deletedAt' in data) {
      // Moving to (or back from) the trash writes the main row; only allowed for what is not live.
      if (data.deletedAt) await refuseLiveDeletion(req, slug, args.id ?? undefined, args.where)
      return args
    }
    if (args.id !== undefined) await lockForSave(req.payload, req, slug, args.id)
    return { ...args, draft: true, unpublishAllLocales: false }
  }
  if (operation === 'restoreVersion' && !args.draft) {
    // The admin's plain "Restore" asks for ?draft=false; the API route makes restores drafts
    // before they get here (src/server/budget/rest.ts), so this is GraphQL or the Local API.
    throw forbidden('A version is restored as a draft (draft: true); publishing it is a workflow action.')
  }
  if (operation === 'delete') await refuseLiveDeletion(req, slug, args.id ?? undefined, args.where)
  return args
}

async function refuseLiveDeletion(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number | string | undefined,
  where: Where | undefined,
) {
  if (id !== undefined) {
    if ((await liveCount(req, collection, { id: { equals: id } })) > 0) throw conflict(`This document ${TAKEDOWN}`)
    return
  }
  const scope = where ?? {}
  const { totalDocs } = await req.payload.count({ collection, where: scope, req, overrideAccess: false })
  if (totalDocs > BULK_DELETE_LIMIT) {
    throw forbidden(
      `This would delete ${totalDocs} documents at once; select at most ${BULK_DELETE_LIMIT} (a "select all" that lost its filter must not empty the collection).`,
    )
  }
  const live = await liveCount(req, collection, scope)
  if (live > 0) throw conflict(`${live} of the selected documents ${live === 1 ? 'is' : 'are'} live: ${TAKEDOWN.slice(9)}`)
}
