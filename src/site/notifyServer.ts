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

/** Expire what a change affects: directly inside a Next request, else through the app. */
export async function revalidateChange(change: SiteChange): Promise<void> {
  const result = revalidateForChange(change)
  if (!result.revalidated && result.reason === 'outside-next-request') await postRevalidation(change)
}
