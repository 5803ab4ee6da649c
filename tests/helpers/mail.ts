import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

/** The .eml files the app wrote, with headers unfolded and quoted-printable bodies decoded. */
export function readMails(): string[] {
  const dir = inject('mailDir')
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir).map((file) => {
    const raw = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n')
    const unfolded = raw.replace(/\n[ \t]+/g, ' ')
    return unfolded
      .replace(/=\n/g, '')
      .replace(/(?:=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'))
  })
}
