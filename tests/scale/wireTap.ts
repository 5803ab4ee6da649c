import net from 'node:net'

/**
 * A TCP relay in front of a PostgreSQL server that reads the statements clients send (the
 * frontend protocol's Query and Parse messages), so a test can tell which server a read
 * reached without configuring either server's logging. Only the client→server direction is
 * decoded; bytes pass through untouched.
 */
export interface WireTap {
  port: number
  /** Statements seen since the last `clear`, in order. */
  statements(): string[]
  clear(): void
  close(): Promise<void>
}

const SSL_REQUEST = 80877103
const GSS_REQUEST = 80877104

function statementsOf(onStatement: (sql: string) => void) {
  let pending = Buffer.alloc(0)
  let startup = true
  return (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk])
    for (;;) {
      if (startup) {
        if (pending.length < 8) return
        const length = pending.readInt32BE(0)
        if (pending.length < length) return
        const code = pending.readInt32BE(4)
        pending = pending.subarray(length)
        // An SSL or GSS request is followed by the real startup message, also untyped.
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) startup = false
        continue
      }
      if (pending.length < 5) return
      const type = String.fromCharCode(pending[0]!)
      const length = pending.readInt32BE(1)
      if (pending.length < 1 + length) return
      const body = pending.subarray(5, 1 + length)
      pending = pending.subarray(1 + length)
      if (type === 'Q') onStatement(body.toString('utf8', 0, body.indexOf(0)))
      if (type === 'P') {
        const nameEnd = body.indexOf(0)
        onStatement(body.toString('utf8', nameEnd + 1, body.indexOf(0, nameEnd + 1)))
      }
    }
  }
}

export async function startWireTap(targetPort: number): Promise<WireTap> {
  let seen: string[] = []
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort })
    sockets.add(client).add(upstream)
    client.on('data', statementsOf((sql) => seen.push(sql)))
    client.pipe(upstream)
    upstream.pipe(client)
    const end = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as net.AddressInfo
  return {
    port: address.port,
    statements: () => [...seen],
    clear: () => {
      seen = []
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
