/**
 * Counts the SQL statements the app sends, without touching the app: a TCP proxy between the
 * app and PostgreSQL that reads the frontend protocol's message types. A simple query ('Q') or
 * an extended-protocol Execute ('E') is one statement; BEGIN/COMMIT count too, since they are
 * round trips as well.
 */
import net from 'node:net'

export interface SqlCounter {
  port: number
  /** Statements seen since start. */
  count(): number
  /** The statements' texts since start, in order (most recent 5,000). */
  log(): string[]
  close(): Promise<void>
}

export function startSqlCounter(upstreamPort: number, upstreamHost = '127.0.0.1'): Promise<SqlCounter> {
  let statements = 0
  const texts: string[] = []
  const remember = (text: string) => {
    texts.push(text)
    if (texts.length > 5000) texts.splice(0, 1000)
  }
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: upstreamHost, port: upstreamPort })
    // As node-postgres does on its own socket: without it, Nagle's algorithm holds a small
    // message back until the previous one is acknowledged, and every statement through the
    // proxy could wait for a delayed ACK (up to 40 ms) that a direct connection never waits for.
    client.setNoDelay(true)
    upstream.setNoDelay(true)
    sockets.add(client).add(upstream)
    client.on('close', () => sockets.delete(client))
    upstream.on('close', () => sockets.delete(upstream))
    let buffer = Buffer.alloc(0)
    let startup = true
    let parsed = ''
    client.on('data', (chunk) => {
      upstream.write(chunk)
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk
      for (;;) {
        if (startup) {
          // Startup, SSLRequest and GSSENCRequest carry no type byte: length + code.
          if (buffer.length < 8) break
          const length = buffer.readInt32BE(0)
          if (buffer.length < length) break
          const code = buffer.readInt32BE(4)
          buffer = buffer.subarray(length)
          if (code !== 80877103 && code !== 80877104) startup = false
          continue
        }
        if (buffer.length < 5) break
        const length = buffer.readInt32BE(1)
        if (buffer.length < length + 1) break
        const type = String.fromCharCode(buffer[0])
        if (type === 'Q' || type === 'E') statements++
        if (type === 'Q') remember(buffer.toString('utf8', 5, length))
        if (type === 'P') {
          // Parse: statement name (C string), then the query text (C string).
          const nameEnd = buffer.indexOf(0, 5)
          parsed = buffer.toString('utf8', nameEnd + 1, buffer.indexOf(0, nameEnd + 1))
        }
        if (type === 'E') remember(parsed)
        buffer = buffer.subarray(length + 1)
      }
    })
    upstream.pipe(client)
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())
    client.on('end', () => upstream.end())
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo
      resolve({
        port: address.port,
        count: () => statements,
        log: () => [...texts],
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          }),
      })
    })
  })
}
