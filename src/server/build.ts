import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { spawnBin, waitForExit } from './children'
import { projectRoot } from './paths'

/** What a production build is made from; a change to any of these needs a new build. */
const BUILD_INPUTS = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'tsconfig.json', 'package-lock.json', 'scripts/patch-dependencies.mjs']
const STAMP = 'glassworks-build.json'

function* files(entry: string): Generator<string> {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return
  if (stat.isFile()) {
    yield entry
    return
  }
  for (const name of fs.readdirSync(entry).sort()) yield* files(path.join(entry, name))
}

export function sourceHash(): string {
  const hash = crypto.createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of files(path.join(projectRoot, input))) {
      hash.update(path.relative(projectRoot, file))
      hash.update(fs.readFileSync(file))
    }
  }
  return hash.digest('hex')
}

export function distDir(): string {
  return path.join(projectRoot, process.env.NEXT_DIST_DIR || '.next')
}

export function buildIsCurrent(hash = sourceHash()): boolean {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(distDir(), STAMP), 'utf8')) as { hash?: string }
    return stamp.hash === hash && fs.existsSync(path.join(distDir(), 'BUILD_ID'))
  } catch {
    return false
  }
}

/** Run `next build` unless the last build was made from the same sources. */
export async function ensureBuild(env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<void> {
  const hash = sourceHash()
  if (buildIsCurrent(hash)) return
  log('Building the app (first start or sources changed) ...')
  const code = await waitForExit(spawnBin('next', ['build'], { env }))
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`)
  fs.writeFileSync(path.join(distDir(), STAMP), JSON.stringify({ hash, builtAt: new Date().toISOString() }))
}
