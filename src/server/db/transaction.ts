import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` in the request's transaction: one of its own when the request has none, committed
 * when `work` returns and rolled back when it throws; inside a caller's transaction, that one
 * (the caller commits it).
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

/** The drizzle handle of the request's open transaction, for statements Payload has no call for; undefined outside one. */
export async function transactionDb(payload: Payload, req: PayloadRequest) {
  const adapter = payload.db as unknown as PostgresAdapter
  const transactionID = req.transactionID ? await req.transactionID : undefined
  return transactionID !== undefined ? adapter.sessions[transactionID]?.db : undefined
}
