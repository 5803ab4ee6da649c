import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whichever script or test imports this. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Git-ignored folder for everything a running instance keeps: database, secrets, mail. */
export function dataDir(): string {
  return path.resolve(projectRoot, process.env.GLASSWORKS_DATA_DIR || '.data')
}

/** Where uploads are stored (`MEDIA_DIR`, default `media/`). */
export function mediaDir(): string {
  return path.resolve(projectRoot, process.env.MEDIA_DIR || 'media')
}
