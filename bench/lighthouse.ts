/**
 * Lighthouse 12 (13 needs Node 22) on Debian's Chromium, mobile preset (the default config),
 * median of `runs` per page. Chromium resolves nothing but 127.0.0.1, so neither it nor the
 * page can reach the network.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Scores = Record<(typeof CATEGORIES)[number], number>

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

export async function lighthouseScores(chromePath: string, urls: string[], runs: number): Promise<Record<string, Scores>> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' })
  const out: Record<string, Scores> = {}
  try {
    for (const url of urls) {
      const samples: Scores[] = []
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        })
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        const categories = result.lhr.categories
        samples.push(
          Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores,
        )
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`)
      }
      out[url] = Object.fromEntries(CATEGORIES.map((c) => [c, median(samples.map((s) => s[c]))])) as Scores
    }
  } finally {
    await chrome.kill()
  }
  return out
}
