/** Load from a separate process: Debian's wrk, 2 threads, 64 connections, latency distribution. */
import { spawn } from 'node:child_process'

export interface LoadResult {
  rps: number
  p50Ms: number
  p99Ms: number
  requests: number
  errors: number
}

function ms(value: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim())
  if (!m) return NaN
  const n = Number(m[1])
  return m[2] === 'us' ? n / 1000 : m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000
}

export function parseWrk(output: string): LoadResult {
  const rps = Number(/Requests\/sec:\s*([\d.]+)/.exec(output)?.[1])
  const p50 = /^\s*50%\s+(\S+)/m.exec(output)?.[1] ?? ''
  const p99 = /^\s*99%\s+(\S+)/m.exec(output)?.[1] ?? ''
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? 0)
  const non2xx = Number(/Non-2xx or 3xx responses:\s*(\d+)/.exec(output)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const errors = non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0)
  if (!Number.isFinite(rps)) throw new Error(`could not read wrk's output:\n${output}`)
  return { rps, p50Ms: ms(p50), p99Ms: ms(p99), requests, errors }
}

export function wrk(wrkPath: string, url: string, seconds: number, connections = 64): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(wrkPath, ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', url], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrk exited with ${code}: ${out}`))
      try {
        resolve(parseWrk(out))
      } catch (error) {
        reject(error)
      }
    })
  })
}
