/**
 * The REST scenario's warm-up (scenario 5, and `restMissProbe.ts` which mirrors it).
 *
 * Right after start-up V8 is still compiling Payload's read path: the first REST reads are ~3x
 * slower, and after 20 of them a first-time list still took ~1.2x what it takes once V8 has
 * optimised it (medians per 25 requests of 150: 56, 53, 47, 47, 50, 45 ms on 2026-12-06). A
 * running server has answered many reads, so the figure is taken after 100, on list pages the
 * sample never asks (11–30, each under URLs of its own: first-time for the cache, not measured).
 */
export const listUrl = (origin: string, page: number) =>
  `${origin}/api/articles?where[_status][equals]=published&depth=1&limit=20&page=${page}`

export async function warmUpRest(origin: string, requests = 100): Promise<void> {
  for (let i = 0; i < requests; i++) {
    const response = await fetch(`${listUrl(origin, 11 + (i % 20))}&warm=${i}`)
    await response.text()
    if (response.status !== 200) throw new Error(`REST warm-up: ${response.status}`)
  }
}
