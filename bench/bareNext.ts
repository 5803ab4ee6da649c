/**
 * The framework's floor: a bare Next app (one prerendered page, no data, no Payload) whose
 * HTML is padded to the size of the measured article page, built with the project's `next`
 * into bench/.data/bare-next and served with `next start`. Rebuilt only when the size it
 * must match changes by more than 5 %.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { BENCH_DATA, ROOT, log, sleep, spawnTracked, stopChild } from './env'
import { generateDocument } from './generate'

const DIR = path.join(BENCH_DATA, 'bare-next')
const STAMP = path.join(DIR, 'bench-build.json')
const NEXT_BIN = path.join(ROOT, 'node_modules', '.bin', 'next')

interface Stamp {
  target: number
  padding: number
  size: number
}

function write(padding: number): void {
  fs.mkdirSync(path.join(DIR, 'app'), { recursive: true })
  const words: string[] = []
  for (let i = 0; words.join(' ').length < padding; i++) words.push(...generateDocument(10_000 + i).text.replace(/[#*`"\\]/g, '').split(/\s+/))
  const text = words.join(' ').slice(0, padding)
  const paragraphs = text.match(/.{1,600}(\s|$)/g) ?? []
  fs.writeFileSync(path.join(DIR, 'next.config.mjs'), `export default { poweredByHeader: false }\n`)
  fs.writeFileSync(
    path.join(DIR, 'app', 'layout.js'),
    `export const metadata = { title: 'Bare page' }\nexport default function Layout({ children }) { return <html lang="en"><body>{children}</body></html> }\n`,
  )
  fs.writeFileSync(
    path.join(DIR, 'app', 'page.js'),
    `const paragraphs = ${JSON.stringify(paragraphs)}\nexport default function Page() { return <main><h1>Bare page</h1>{paragraphs.map((p, i) => <p key={i}>{p}</p>)}</main> }\n`,
  )
}

async function build(): Promise<void> {
  // Webpack, not Turbopack: Turbopack takes the repository (its lockfile) as the project root and
  // would compile the app's own proxy.ts into this page. The server side is the same `next start`.
  const child = spawnTracked(NEXT_BIN, ['build', '--webpack', DIR], {
    cwd: DIR,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`building the bare Next page failed (exit ${code})`)
}

function builtSize(): number {
  return fs.statSync(path.join(DIR, '.next', 'server', 'app', 'index.html')).size
}

function readStamp(): Stamp | undefined {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8')) as Stamp
  } catch {
    return undefined
  }
}

export async function ensureBareNext(targetBytes: number): Promise<{ size: number }> {
  const stamp = readStamp()
  if (stamp && Math.abs(stamp.size - targetBytes) / targetBytes <= 0.05 && fs.existsSync(path.join(DIR, '.next', 'BUILD_ID'))) {
    return { size: stamp.size }
  }
  log(`Building the bare Next page (${targetBytes} bytes of HTML) ...`)
  // The text appears twice in the HTML (markup and the inline RSC payload); a first build measures the rest.
  let padding = stamp ? Math.max(0, stamp.padding + Math.round((targetBytes - stamp.size) / 2)) : Math.max(0, Math.round((targetBytes - 6000) / 2))
  for (let attempt = 0; attempt < 3; attempt++) {
    write(padding)
    await build()
    const size = builtSize()
    fs.writeFileSync(STAMP, JSON.stringify({ target: targetBytes, padding, size } satisfies Stamp))
    if (Math.abs(size - targetBytes) / targetBytes <= 0.05) return { size }
    padding = Math.max(0, padding + Math.round((targetBytes - size) / 2))
  }
  return { size: builtSize() }
}

/** `extraEnv`: the CPU profiler's preload under `--cpu-prof`, so both servers are profiled alike. */
export async function startBareNext(port: number, extraEnv: Record<string, string> = {}): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child: ChildProcess = spawnTracked(NEXT_BIN, ['start', DIR, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: DIR,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the bare Next server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/`)).ok) break
    } catch {
      // not yet
    }
    await sleep(100)
  }
  return { url, pid: child.pid!, stop: () => stopChild(child) }
}
