import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { generateTypes } from 'payload/node'

import { projectRoot } from '../../src/server/paths'

describe('start-up configuration', () => {
  it('refuses a production start without PAYLOAD_SECRET, saying what to set', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' }
    delete env.PAYLOAD_SECRET
    const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET is not set')
    expect(result.stderr).toContain('openssl rand -hex 32')
  })

  it('refuses a half-set first admin (ADMIN_EMAIL without ADMIN_PASSWORD)', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ADMIN_EMAIL: 'a@example.com' }
    delete env.ADMIN_PASSWORD
    const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Set both ADMIN_EMAIL and ADMIN_PASSWORD')
  })
})

describe('generated types', () => {
  it('payload-types.ts is what `npm run generate:types` produces', async () => {
    const { default: config } = await import('../../payload.config')
    const out = path.join(projectRoot, '.data', `payload-types.check-${process.pid}.ts`)
    fs.mkdirSync(path.dirname(out), { recursive: true })
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(await config, { log: false })
      expect(fs.readFileSync(out, 'utf8'), 'run `npm run generate:types` and commit payload-types.ts').toBe(
        fs.readFileSync(path.join(projectRoot, 'payload-types.ts'), 'utf8'),
      )
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
      fs.rmSync(out, { force: true })
    }
  })
})
