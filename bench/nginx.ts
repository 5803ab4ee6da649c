/**
 * Debian's nginx in the foreground, from deploy/nginx/glassworks.conf (the file docker-compose
 * uses) with only its ports and cache path substituted, plus a static server on another port
 * for the machine's-limit baseline. Prefix, temp paths, cache and logs live in bench/.data/nginx.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { BENCH_DATA, ROOT, sleep, spawnTracked, stopChild } from './env'

export const SHIPPED_CONFIG = path.join(ROOT, 'deploy', 'nginx', 'glassworks.conf')

function substitute(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`${SHIPPED_CONFIG} no longer contains "${from}"; update bench/nginx.ts`)
  return text.split(from).join(to)
}

export interface RunningNginx {
  proxyUrl: string
  staticUrl: string
  staticRoot: string
  stop(): Promise<void>
}

/** `appPort`: one app, or several as the upstream's servers (the several-instances scenario). */
export async function startNginx(nginxPath: string, opts: { appPort: number | number[]; proxyPort: number; staticPort: number }): Promise<RunningNginx> {
  const prefix = path.join(BENCH_DATA, 'nginx')
  const cache = path.join(prefix, 'cache')
  const staticRoot = path.join(prefix, 'static')
  fs.rmSync(cache, { recursive: true, force: true })
  for (const dir of [prefix, cache, staticRoot, path.join(prefix, 'temp')]) fs.mkdirSync(dir, { recursive: true })

  let site = fs.readFileSync(SHIPPED_CONFIG, 'utf8')
  const servers = [opts.appPort].flat().map((port) => `server 127.0.0.1:${port};`)
  site = substitute(site, 'server app:3000;', servers.join('\n    '))
  site = substitute(site, 'listen 8080;', `listen 127.0.0.1:${opts.proxyPort};`)
  site = substitute(site, '/var/cache/nginx/glassworks', cache)
  fs.writeFileSync(path.join(prefix, 'glassworks.conf'), site)

  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`
  // Mirrors the http block of Debian's and the official image's nginx.conf, minus the access
  // log (writing it would be measured too); worker count follows the cores, as there.
  const main = `worker_processes auto;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${path.join(prefix, 'glassworks.conf')};
  server {
    listen 127.0.0.1:${opts.staticPort};
    root ${staticRoot};
    location / { try_files $uri $uri/index.html =404; }
  }
}
`
  const conf = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(conf, main)
  const child: ChildProcess = spawnTracked(nginxPath, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'], {
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
