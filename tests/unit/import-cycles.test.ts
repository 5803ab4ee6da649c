import path from 'node:path'

import madge from 'madge'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Cycles allowed for now: none. (tests/unit/workflow-structure.test.ts also counts type-only
 * imports through the workflow, the content rules and the importer's persistence.)
 */
const KNOWN_CYCLES: string[] = []

describe('imports', () => {
  it('form no cycle in src/, collections/ and the Payload config', { timeout: 120_000 }, async () => {
    const result = await madge(['src', 'collections', 'payload.config.ts'], {
      baseDir: root,
      fileExtensions: ['ts', 'tsx'],
      tsConfig: path.join(root, 'tsconfig.json'),
      excludeRegExp: [/node_modules/],
    })
    const cycles = result.circular().map((cycle) => cycle.join(' > '))
    // A tree madge failed to read would show no cycle at all.
    expect(Object.keys(result.obj()).length).toBeGreaterThan(150)
    expect(cycles.filter((cycle) => !KNOWN_CYCLES.includes(cycle))).toEqual([])
  })
})
