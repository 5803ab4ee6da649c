/**
 * `npx tsx bench/cpuProfile.ts <profile.cpuprofile> [requests]`: where a server's CPU went.
 * Self time by package (next's own modules split by area), then the top functions; with the
 * request count, per request. Profiles come from `npm run bench -- --cpu-prof …`, which starts
 * the app with `node --cpu-prof` (one file per process; the Next server's is the largest).
 */
import fs from 'node:fs'

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
interface Profile {
  nodes: Node[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

/** A readable bucket for a script URL: the package, and for Next the area of its dist (allocProfile.ts uses it too). */
export function bucket(url: string, fn: string): string {
  if (!url) return fn === '(garbage collector)' ? 'GC' : fn.startsWith('(') ? fn : 'native / V8'
  const nextArea = /node_modules\/next\/dist\/((?:compiled\/)?[^/]+(?:\/[^/]+)?)/.exec(url)
  if (nextArea) return `next: ${nextArea[1]}`
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/g
  let last: string | undefined
  for (let m = pkg.exec(url); m; m = pkg.exec(url)) last = m[1]
  if (last) return last
  if (url.includes('/.next/') || url.includes('/bench/.data/next/')) return 'app bundle (.next/server)'
  if (url.startsWith('node:')) return 'node core'
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/')
}

/** `fromSeconds`: leave out the samples of the profile's first seconds (start-up). */
export function summarise(file: string, requests?: number, fromSeconds = 0): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0
    if (at - profile.startTime >= fromSeconds * 1e6) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0)
  const buckets = new Map<string, number>()
  const functions = new Map<string, number>()
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id)!
    const b = bucket(callFrame.url, callFrame.functionName)
    buckets.set(b, (buckets.get(b) ?? 0) + us)
    const name = `${callFrame.functionName || '(anonymous)'} ${b}:${callFrame.lineNumber + 1}`
    functions.set(name, (functions.get(name) ?? 0) + us)
  }
  // Inclusive time: each sample counts once for every distinct frame on its stack (where a
  // request's time goes through a library, e.g. Payload's afterRead or Next's route resolution).
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const inclusive = new Map<string, number>()
  for (const [id, us] of self) {
    if (byId.get(id)!.callFrame.functionName === '(idle)') continue
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const { callFrame } = byId.get(cur)!
      if (callFrame.functionName === '(root)') continue
      const name = `${callFrame.functionName || '(anonymous)'} ${bucket(callFrame.url, callFrame.functionName)}:${callFrame.lineNumber + 1}`
      if (seen.has(name)) continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + us)
    }
  }
  const idleUs = buckets.get('(idle)') ?? 0
  const busyUs = totalUs - idleUs
  const line = ([name, us]: [string, number]) =>
    `  ${((100 * us) / busyUs).toFixed(1).padStart(5)} %  ${requests ? `${(us / 1000 / requests).toFixed(3)} ms/req  ` : ''}${name}`
  const top = (map: Map<string, number>, n: number) =>
    [...map].filter(([name]) => !name.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, n).map(line)
  return [
    `${file}: ${(totalUs / 1e6).toFixed(1)} s sampled, ${(busyUs / 1e6).toFixed(1)} s busy${requests ? `, ${requests} requests: ${(busyUs / 1000 / requests).toFixed(3)} ms CPU per request` : ''}`,
    'By package (self time, % of busy):',
    ...top(buckets, 25),
    'Top functions:',
    ...top(functions, 30),
    'Top functions, inclusive (self and callees):',
    ...top(inclusive, Number(process.env.TOPN || 40)),
  ].join('\n')
}

if (process.argv[1]?.endsWith('cpuProfile.ts')) {
  const [file, requests, from] = process.argv.slice(2)
  if (!file) {
    console.error('usage: npx tsx bench/cpuProfile.ts <file.cpuprofile> [requests] [from-seconds]')
    process.exit(2)
  }
  console.log(summarise(file, requests ? Number(requests) : undefined, from ? Number(from) : 0))
}
