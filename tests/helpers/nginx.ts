import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findNginx, writeNginxConfig } from '../../deploy/nginx/render'
import { freePort } from '../../src/server/db/freePort'

export interface RunningNginx {
  url: string
  stop(): Promise<void>
}

/** Why an nginx test cannot run here, or undefined when it can. */
export const nginxMissing = (): string | undefined =>
  findNginx() ? undefined : 'nginx is not installed (apt-get install nginx-light; .ci/run installs it)'

/** The shipped deploy/nginx/glassworks.conf in front of `appUrl`, in a temporary prefix. */
export async function startShippedNginx(appUrl: string): Promise<RunningNginx> {
  const binary = findNginx()
  if (!binary) throw new Error(nginxMissing())
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-nginx-'))
  // Started as root, nginx's workers run as `nobody`: they must reach the prefix.
  fs.chmodSync(prefix, 0o755)
  const [proxyPort, hopPort] = [await freePort(), await freePort()]
  const args = writeNginxConfig({ prefix, appPort: Number(new URL(appUrl).port), proxyPort, hopPort })
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'inherit'] })
  const url = `http://127.0.0.1:${proxyPort}`
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        fs.rmSync(prefix, { recursive: true, force: true })
        resolve()
      }
      if (child.exitCode !== null) return done()
      child.once('exit', done)
      child.kill('SIGQUIT')
    })
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${fs.readFileSync(path.join(prefix, 'error.log'), 'utf8')}`)
    try {
      await fetch(`${url}/robots.txt`)
      return { url, stop }
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  await stop()
  throw new Error('nginx did not answer within 10 s')
}
