import { after } from 'next/server'

import { resolvePayloadSecret, serverPort } from '../server/env'
import { revalidateForChange, siteRevalidationToken, type SiteChange } from './revalidate'

/**
 * Ask the running app to expire its cache: for writers outside a Next request (the importer's
 * CLI, the scheduler's job, start-up after a restart). No app listening means nothing is
 * cached, so a refused connection is fine.
 */
export async function postRevalidation(body: SiteChange | { all: true }, port = serverPort()): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/next/revalidate`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${siteRevalidationToken(resolvePayloadSecret())}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    })
    return response.ok
  } catch {
    return false
  }
}

async function revalidateOnce(change: SiteChange): Promise<void> {
  const result = revalidateForChange(change)
  if (!result.revalidated && result.reason === 'outside-next-request') await postRevalidation(change)
}

/** What a hook knows about its write: Payload deletes `transactionID` once it has committed. */
interface WriteRequest {
  transactionID?: unknown
}

const COMMIT_POLL_MS = 25
const COMMIT_WAIT_MS = 30_000

/**
 * Run `task` once the write's transaction has committed. Inside a Next request (REST, GraphQL,
 * the admin) Next's `after()` runs it when the response is out, which Payload sends only after
 * committing; elsewhere (the job queue, scripts) it waits for Payload to clear the transaction.
 */
function afterCommit(req: WriteRequest, task: () => Promise<void>): void {
  const run = () => task().catch((error) => console.error('Site revalidation after commit failed', error))
  try {
    after(run)
    return
  } catch {
    // Not inside a Next request.
  }
  const started = Date.now()
  const timer = setInterval(() => {
    if (req.transactionID && Date.now() - started < COMMIT_WAIT_MS) return
    clearInterval(timer)
    void run()
  }, COMMIT_POLL_MS)
  timer.unref?.()
}

/**
 * Expire what a change affects: directly inside a Next request, else through the app.
 *
 * Hooks run inside the write's transaction, so a visitor request that lands between this
 * call and the commit re-renders from the old rows and caches them. Expiring again after
 * the commit closes that window; the first expiry keeps the change visible at once when
 * there is no transaction (or the commit is quick).
 */
export async function revalidateChange(change: SiteChange, req?: WriteRequest): Promise<void> {
  await revalidateOnce(change)
  if (req?.transactionID) afterCommit(req, () => revalidateOnce(change))
}
