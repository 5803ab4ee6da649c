import fs from 'node:fs'
import net from 'node:net'

/**
 * The resident memory (bytes) of the process listening on the URL's port, found the way `ss -p`
 * does: the listening socket's inode in /proc/net/tcp, then the process holding that inode.
 */
export function listeningProcessRss(url: string): number {
  const port = Number(new URL(url).port)
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      // cols[1] local address:port, cols[3] state (0A = LISTEN), cols[9] inode
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9])
    }
  }
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds: string[]
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      let target: string
      try {
        target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`)
      } catch {
        continue
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1]
      if (inode && inodes.has(inode)) {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
        return kb * 1024
      }
    }
  }
  throw new Error(`No process of ours listens on port ${port}`)
}

export interface RawAnswer {
  /** 0 when the server reset the connection without an answer the client could read. */
  status: number
  head: string
  body: string
  /** Bytes of the request body the client had written when the answer (or a reset) arrived. */
  sentBodyBytes: number
}

/**
 * Sends a request head (its Content-Length may announce far more than will ever be sent) and
 * then, optionally, body chunks until the server answers or `maxBodyBytes` are written.
 */
export function rawRequest(
  url: string,
  head: string,
  options: { chunk?: Buffer; maxBodyBytes?: number; chunked?: boolean; timeoutMs?: number } = {},
): Promise<RawAnswer> {
  const { port, hostname } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    let received = ''
    let sent = 0
    let answered = false
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`No answer within ${options.timeoutMs ?? 10_000} ms (sent ${sent} body bytes)`))
    }, options.timeoutMs ?? 10_000)
    const finish = () => {
      if (answered) return
      const match = /^HTTP\/1\.1 (\d+)/.exec(received)
      if (!match) return
      const end = received.indexOf('\r\n\r\n')
      if (end < 0) return
      answered = true
      clearTimeout(timer)
      // Give the body a moment to arrive, then hang up.
      setTimeout(() => {
        socket.destroy()
        resolve({
          status: Number(match[1]),
          head: received.slice(0, end),
          body: received.slice(end + 4),
          sentBodyBytes: sent,
        })
      }, 200)
    }
    socket.on('data', (data) => {
      received += data.toString('latin1')
      finish()
    })
    socket.on('error', (error) => {
      if (answered) return
      // The server may answer and hang up on us mid-upload; that is the point. Its answer
      // can arrive just after the write error, so give it a moment.
      setTimeout(() => {
        if (answered) return
        answered = true
        clearTimeout(timer)
        // A reset before any answer: status 0, with how far the upload got.
        resolve({ status: 0, head: error.message, body: '', sentBodyBytes: sent })
      }, 1000)
    })
    socket.on('connect', () => {
      socket.write(head)
      const chunk = options.chunk
      if (!chunk) return
      const pump = () => {
        while (!answered && !socket.destroyed && socket.writable && sent < (options.maxBodyBytes ?? Infinity)) {
          const piece = options.chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk
          sent += chunk.length
          if (!socket.write(piece)) return void socket.once('drain', pump)
        }
      }
      pump()
    })
  })
}
