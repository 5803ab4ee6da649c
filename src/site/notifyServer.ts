import { after } from 'next/server'

import { replicasCaughtUp } from '../server/db/replicas'
import { resolvePayloadSecret, serverPort } from '../server/env'
import { revalidateForChange, siteRevalidationToken, type SiteChange } from './revalidate'

/**
 * The app instance that writers outside a Next request ask: GLASSWORKS_APP_URL (a worker on
 * another machine; with the shared Redis cache one instance expires the page for all), else
 * the app on this machine's PORT.
 */
const appUrl = (port?: number): string =>
  port === undefined && process.env.GLASSWORKS_APP_URL
    ? process.env.GLASSWORKS_APP_URL.replace(/\/+$/, '')
    : `http://127.0.0.1:${port ?? serverPort()}`

/**
 * Ask the running app to expire its cache: for writers outside a Next request (the importer's
 * CLI, the scheduler's job, start-up after a restart). No app listening means nothing is
 * cached, so a refused connection is fine. `port`: this machine's app on that port.
 */
export async function postRevalidation(body: SiteChange | { all: true }, port?: number): Promise<boolean> {
  try {
    const response = await fetch(`${appUrl(port)}/next/revalidate`, {
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
  if (req?.transactionID) afterCommit(req, () => revalidateOnceReplicated(change))
}

/** With read replicas, the site re-reads from them: expire once they have the write. */
async function revalidateOnceReplicated(change: SiteChange): Promise<void> {
  if (!(await replicasCaughtUp())) {
    console.warn('The read replicas did not catch up in time; expiring the site cache anyway.')
  }
  await revalidateOnce(change)
}
