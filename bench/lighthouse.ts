/**
 * Lighthouse 12 (13 needs Node 22) on Debian's Chromium, mobile preset (the default config),
 * median of `runs` per page. Chromium resolves nothing but 127.0.0.1, so neither it nor the
 * page can reach the network.
 */
// chrome-launcher and lighthouse are imported where they run: loaded at start they add ~60 MB
// to the bench process's heap, and that heap's major collections (~80 ms of CPU each) then
// steal the cores from the scenarios timed before this one (the REST sample's client and the
// SQL-counting proxy live in the bench process: bench/README.md, ninth pass).

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Scores = Record<(typeof CATEGORIES)[number], number>
/** The performance score's inputs, so a low score says which one fell (ms; CLS unitless). */
export const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const
export type Metrics = Record<keyof typeof METRICS, number>

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function lighthouseScores(chromePath: string, urls: string[], runs: number): Promise<Record<string, Scores & { metrics: Metrics }>> {
  const [chromeLauncher, { default: lighthouse }] = await Promise.all([import('chrome-launcher'), import('lighthouse')])
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' })
  const out: Record<string, Scores & { metrics: Metrics }> = {}
  try {
    for (const url of urls) {
      const samples: Scores[] = []
      const metrics: Metrics[] = []
      // A trace Chrome failed to record (NO_NAVSTART and the like, seen on a busy machine) is a
      // failed measurement, not a score: such a run is repeated, twice at most per page.
      let retries = 2
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        })
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (result.lhr.runtimeError) {
          if (retries-- > 0) {
            run--
            continue
          }
          throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`)
        }
        const categories = result.lhr.categories
        samples.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores)
        const audits = result.lhr.audits
        metrics.push(Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, audits[id]?.numericValue ?? NaN])) as Metrics)
      }
      out[url] = {
        ...(Object.fromEntries(CATEGORIES.map((c) => [c, median(samples.map((s) => s[c]))])) as Scores),
        metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, median(metrics.map((m) => m[k as keyof Metrics]))])) as Metrics,
      }
    }
  } finally {
    await chrome.kill()
  }
  return out
}
