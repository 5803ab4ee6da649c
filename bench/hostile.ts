/**
 * The hostile mix of issue #11 against the running app: the requests that used to take the
 * server down, sent together, while an ordinary visitor query is timed. Records the server's
 * RSS before, at its peak during and after the mix, and each refusal's latency, against the
 * ordinary query measured in the same run.
 */
import { rawRequest } from '../tests/helpers/server-process'
import type { Row } from './report'
import { median, round } from './stats'

const MB = 1024 * 1024

function nestedJoins(levels: number): string {
  let inner = 'name'
  for (let i = 0; i < levels; i++) inner = `name articles { docs { title treatments { ${inner} } } }`
  return JSON.stringify({ query: `{ Articles(limit: 100) { docs { title treatments { ${inner} } } } }` })
}

const bigOr = (clauses: number) =>
  JSON.stringify({
    query: 'query ($where: Article_where) { Articles(where: $where) { docs { id } } }',
    variables: { where: { OR: Array.from({ length: clauses }, (_, i) => ({ slug: { equals: `s${i}` } })) } },
  })

/** The status a refusal is recorded with when the client saw the connection close instead of the answer. */
const CLOSED = 0

/**
 * A body over the limit is answered 413 with `Connection: close` and never read
 * (src/server/budget/body.ts). A client still sending it may then see the socket close before
 * it reads the answer (undici: "other side closed"): that request was refused too, and is
 * counted apart as CLOSED. Any other failure is the bench's to report.
 */
async function timedPost(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const started = performance.now()
  try {
    const response = await fetch(url, { method: 'POST', headers, body })
    await response.arrayBuffer()
    return { status: response.status, ms: performance.now() - started }
  } catch (error) {
    const code = ((error as Error).cause as { code?: string } | undefined)?.code
    if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET' && code !== 'EPIPE') throw error
    return { status: CLOSED, ms: performance.now() - started }
  }
}

export async function scenarioHostile(appUrl: string, rssMiB: () => number, add: (row: Row) => void): Promise<void> {
  const ordinary = () =>
    timedPost(`${appUrl}/api/graphql`, JSON.stringify({ query: '{ Articles(limit: 10) { docs { title slug } } }' }))
  const baseline: number[] = []
  for (let i = 0; i < 7; i++) baseline.push((await ordinary()).ms)

  const before = rssMiB()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB())), 100)
  const ids = Array.from({ length: 100_000 }, (_, i) => i + 1).join(',')
  const during: number[] = []
  const visitor = (async () => {
    for (let i = 0; i < 10; i++) during.push((await ordinary()).ms)
  })()
  const started = performance.now()
  const refusals = await Promise.all([
    ...[4, 6, 6].map((levels) => timedPost(`${appUrl}/api/graphql`, nestedJoins(levels))),
    ...Array.from({ length: 6 }, () => timedPost(`${appUrl}/api/graphql`, bigOr(60_000))),
    ...Array.from({ length: 6 }, () => timedPost(`${appUrl}/api/graphql`, bigOr(5_000))),
    timedPost(`${appUrl}/api/articles`, `where[id][in]=${ids}`, {
      'content-type': 'application/x-www-form-urlencoded',
      'X-Payload-HTTP-Method-Override': 'GET',
    }),
    ...Array.from({ length: 8 }, async () => {
      const t = performance.now()
      const answer = await rawRequest(
        appUrl,
        `POST /api/users/login HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: ${300 * MB}\r\n\r\n`,
        { chunk: Buffer.alloc(64 * 1024, 0x20), maxBodyBytes: 1 * MB },
      )
      return { status: answer.status, ms: performance.now() - t }
    }),
  ])
  const mixMs = performance.now() - started
  await visitor
  clearInterval(sampler)
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const after = rssMiB()
  const refused = refusals.filter((r) => r.status === 400 || r.status === 413 || r.status === CLOSED).length
  const closed = refusals.filter((r) => r.status === CLOSED).length
  const slowest = Math.max(...refusals.map((r) => r.ms))
  const base = median(baseline)
  const visitorDuring = median(during)
  add({
    id: '11a',
    scenario: `Hostile mix (${refusals.length} requests: nested joins, 60k/5k-clause OR, 100k ids, 8 × 300 MB bodies): refused`,
    figure: `${refused}/${refusals.length} refused (400/413${closed ? `; ${closed} of them seen as the connection closing before the 413 was read` : ''}), slowest ${round(slowest, 0)} ms, whole mix ${round(mixMs, 0)} ms`,
    target: 'all refused, each < 1 s',
    met: refused === refusals.length && slowest < 1000,
    data: { statuses: refusals.map((r) => r.status), ms: refusals.map((r) => round(r.ms, 1)) },
  })
  add({
    id: '11b',
    scenario: 'Hostile mix: server RSS before → peak → after',
    figure: `${before} → ${peak} → ${after} MiB`,
    target: 'growth < 100 MiB',
    met: peak - before < 100,
    data: { before, peak, after },
  })
  add({
    id: '11c',
    scenario: 'Hostile mix: an ordinary GraphQL list during the mix',
    figure: `${round(visitorDuring, 1)} ms median`,
    baseline: `${round(base, 1)} ms median alone`,
    ratio: round(visitorDuring / base, 2),
    data: { during, baseline },
  })
}
