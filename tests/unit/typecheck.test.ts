import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, it } from 'vitest'

import { projectRoot } from '../../src/server/paths'

it('the whole repository type-checks (TypeScript strict)', () => {
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', projectRoot], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 180_000,
  })
  expect(result.stdout + result.stderr).toBe('')
  expect(result.status).toBe(0)
}, 200_000)
