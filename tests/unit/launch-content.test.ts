import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { seedContentDir } from '../../src/server/seed'
import { projectRoot } from '../../src/server/paths'
import { SEED_DIR, UPSTREAM_SEED_DIR } from '../helpers/seed'

const listing = (dir: string) => fs.readdirSync(dir).sort()

describe('launch content lives in the repository', () => {
  it('is the default seed folder, inside the project', () => {
    const previous = process.env.SEED_CONTENT_DIR
    delete process.env.SEED_CONTENT_DIR
    try {
      expect(seedContentDir()).toBe(SEED_DIR)
      expect(path.relative(projectRoot, seedContentDir()).startsWith('..')).toBe(false)
    } finally {
      if (previous !== undefined) process.env.SEED_CONTENT_DIR = previous
    }
  })

  it('holds the four launch articles and the editors’ manifest', () => {
    const files = listing(SEED_DIR)
    expect(files).toContain('.import-manifest.yml')
    expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(4)
  })

  // The launch team's input sits beside the repository only on the development machine; a
  // clone elsewhere has no such folder, and then there is nothing to compare with.
  it.skipIf(!fs.existsSync(UPSTREAM_SEED_DIR))('is byte-identical to the launch team’s input', () => {
    expect(listing(SEED_DIR)).toEqual(listing(UPSTREAM_SEED_DIR))
    for (const file of listing(UPSTREAM_SEED_DIR)) {
      const ours = fs.readFileSync(path.join(SEED_DIR, file))
      const theirs = fs.readFileSync(path.join(UPSTREAM_SEED_DIR, file))
      expect(ours.equals(theirs), file).toBe(true)
    }
  })
})
