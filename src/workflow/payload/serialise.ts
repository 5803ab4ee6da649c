import { sql } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { transactionDb } from '../../server/db/transaction'

/**
 * Holds the document's workflow lock until the request's transaction ends: a second transition
 * on the same document waits here, then reads the state the first one left and is judged
 * against it (two reviewers publishing at once: one 200, one 409, one audit event, one set of
 * mails). A transaction-scoped advisory lock, so nothing is left behind by a crash.
 */
export async function lockForTransition(
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> {
  const db = await transactionDb(payload, req)
  if (!db) throw new Error('A workflow transition must run inside a transaction to be serialised.')
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`workflow:${collection}:${id}`}))`)
}

/**
 * The same lock for a user's save (taken in the update's transaction, before Payload reads the
 * document it updates): two saves of one document run one after the other, so the second is
 * judged against the first's result (src/content/staleWrites.ts), and a save never interleaves
 * with a transition. Without a transaction (disableTransaction) there is nothing to hold it.
 */
export async function lockForSave(payload: Payload, req: PayloadRequest, collection: string, id: number | string) {
  if (!req.transactionID) return
  await lockForTransition(payload, req, collection, id)
}
