import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export interface OsUser {
  uid: number
  gid: number
}

export function lookupUser(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim())
    return { uid, gid }
  } catch {
    return undefined
  }
}

function canTraverse(stat: fs.Stats, user: OsUser): boolean {
  if (stat.uid === user.uid) return (stat.mode & 0o100) !== 0
  if (stat.gid === user.gid) return (stat.mode & 0o010) !== 0
  return (stat.mode & 0o001) !== 0
}

/** Ask the OS itself (ACLs included) whether the postgres user can enter the nearest existing folder. */
function userCanEnter(target: string): boolean {
  let dir = path.resolve(target)
  while (!fs.existsSync(dir)) dir = path.dirname(dir)
  try {
    execFileSync('su', ['-s', '/bin/sh', 'postgres', '-c', 'cd "$0"', dir], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Every folder from the filesystem root down to (and including) `target`. */
function ancestors(target: string): string[] {
  const out: string[] = []
  let current = path.resolve(target)
  for (;;) {
    out.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) return out
    current = parent
  }
}

/**
 * PostgreSQL refuses to run as root, so the embedded server runs as the `postgres` OS user,
 * which must be able to walk into the data folder and the package's binaries. A checkout
 * under a mode-700 home folder blocks that; grant that one user traverse-only (x) access
 * (an ACL when setfacl exists, else o+x) and report each change. Listing stays forbidden.
 */
export function grantTraversal(targets: string[], user: OsUser, log: (message: string) => void): string[] {
  const changed: string[] = []
  const seen = new Set<string>()
  for (const target of targets) {
    if (userCanEnter(target)) continue
    for (const dir of ancestors(target)) {
      if (seen.has(dir)) continue
      seen.add(dir)
      let stat: fs.Stats
      try {
        stat = fs.statSync(dir)
      } catch {
        continue // not created yet: created later by root with the default umask
      }
      if (!stat.isDirectory() || canTraverse(stat, user)) continue
      try {
        execFileSync('setfacl', ['-m', `u:${user.uid}:x`, dir], { stdio: 'ignore' })
      } catch {
        fs.chmodSync(dir, stat.mode | 0o001)
      }
      changed.push(dir)
      log(`Granted the postgres OS user traverse-only access to ${dir} so the embedded database can reach its files.`)
    }
  }
  return changed
}
