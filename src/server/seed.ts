import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { importFiles } from '../import/run'
import { projectRoot } from './paths'

export function seedContentDir(): string {
  return path.resolve(projectRoot, process.env.SEED_CONTENT_DIR || 'content/launch')
}

/**
 * On an empty database, import and publish the launch articles as the system, with covers
 * drawn locally. Returns what happened, for the start-up log.
 */
export async function seedLaunchContent(payload: Payload, log: (message: string) => void): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'articles' })
  if (totalDocs > 0) return
  const dir = seedContentDir()
  if (!fs.existsSync(dir)) {
    log(`No launch content to import: ${dir} does not exist (set SEED_CONTENT_DIR). Skipping the seed.`)
    return
  }
  log(`Importing the launch content from ${dir} ...`)
  const { files } = await importFiles(payload, [dir], { publish: true, generateCovers: true })
  const published = files.filter((file) => file.status === 'created' || file.status === 'updated').length
  log(`Published ${published} launch article(s).`)
  for (const file of files.filter((f) => f.status === 'failed')) log(`Could not import ${file.error}`)
}
