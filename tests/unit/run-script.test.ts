import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/server/paths'

/** Runs a script body with `runScript` imported, in a Node process of its own. */
function run(body: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-run-script-'))
  const file = path.join(dir, 'script.ts')
  fs.writeFileSync(
    file,
    `import { runScript } from ${JSON.stringify(path.join(projectRoot, 'src/server/runScript.ts'))}\n${body}\n`,
  )
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', file], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 30_000,
    })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('runScript', () => {
  it('waits for work Node does not count as pending (an unref’d timer) and exits with its code', () => {
    // Without the hold, Node exits 0 before the timer fires and nothing is printed.
    const result = run(
      `runScript(() => new Promise((resolve) => setTimeout(() => { console.log('done'); resolve(3) }, 300).unref()))`,
    )
    expect(result.stdout).toContain('done')
    expect(result.status).toBe(3)
  })

  it('exits 1 after reporting a failure', () => {
    const result = run(
      `runScript(async () => { throw new Error('no such file: a.md') }, (e) => console.error('import failed:', (e as Error).message))`,
    )
    expect(result.stderr).toContain('import failed: no such file: a.md')
    expect(result.status).toBe(1)
  })
})
