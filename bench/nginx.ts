/**
 * Debian's nginx in the foreground, from deploy/nginx/glassworks.conf (the file docker-compose
 * uses) with only its ports and cache path substituted, plus a static server on another port
 * for the machine's-limit baseline. Prefix, temp paths, cache and logs live in bench/.data/nginx.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { SHIPPED_CONFIG, writeNginxConfig } from '../deploy/nginx/render'
import { BENCH_DATA, sleep, spawnTracked, stopChild } from './env'

export { SHIPPED_CONFIG }

export interface RunningNginx {
  proxyUrl: string
  staticUrl: string
  staticRoot: string
  stop(): Promise<void>
}

/** `appPort`: one app, or several as the upstream's servers (the several-instances scenario). */
export async function startNginx(nginxPath: string, opts: { appPort: number | number[]; proxyPort: number; staticPort: number }): Promise<RunningNginx> {
  const prefix = path.join(BENCH_DATA, 'nginx')
  const staticRoot = path.join(prefix, 'static')
  fs.mkdirSync(staticRoot, { recursive: true })
  const { freePort } = await import('../src/server/db/freePort')
  const args = writeNginxConfig({
    prefix,
    appPort: opts.appPort,
    proxyPort: opts.proxyPort,
    hopPort: await freePort(),
    extraServers: `server {
    listen 127.0.0.1:${opts.staticPort};
    root ${staticRoot};
    location / { try_files $uri $uri/index.html =404; }
  }`,
  })
  const child: ChildProcess = spawnTracked(nginxPath, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const proxyUrl = `http://127.0.0.1:${opts.proxyPort}`
  const staticUrl = `http://127.0.0.1:${opts.staticPort}`
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}; see ${path.join(prefix, 'error.log')}`)
    try {
      await fetch(`${staticUrl}/`)
      break
    } catch {
      await sleep(100)
    }
  }
  return { proxyUrl, staticUrl, staticRoot, stop: () => stopChild(child) }
}
