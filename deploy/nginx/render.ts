/**
 * The shipped nginx config (glassworks.conf, the file docker-compose mounts) made runnable
 * outside Docker: only its upstream, listen address and cache path substituted, inside a
 * minimal main config like Debian's. The bench and the tests run exactly this, so what they
 * measure and assert is what ships.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const SHIPPED_CONFIG = path.join(path.dirname(fileURLToPath(import.meta.url)), 'glassworks.conf')

/** Debian's nginx binary (`apt-get install nginx-light`); undefined when it is not installed. */
export function findNginx(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate))
}

function substitute(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`${SHIPPED_CONFIG} no longer contains "${from}"; update deploy/nginx/render.ts`)
  return text.split(from).join(to)
}

export interface NginxLayout {
  /** nginx's prefix: configs, pid, logs, temp and cache live under it. */
  prefix: string
  /** One app, or several instances as the upstream's servers. */
  appPort: number | number[]
  proxyPort: number
  /** The loopback port of the config's internal stamping hop (8081 in the shipped file). */
  hopPort: number
  /** Extra server blocks inside the http context (the bench's static-file baseline). */
  extraServers?: string
}

/** Writes the configs under `prefix` and returns the argv to run nginx in the foreground. */
export function writeNginxConfig({ prefix, appPort, proxyPort, hopPort, extraServers = '' }: NginxLayout): string[] {
  const cache = path.join(prefix, 'cache')
  fs.rmSync(cache, { recursive: true, force: true })
  for (const dir of [prefix, cache, path.join(prefix, 'temp')]) fs.mkdirSync(dir, { recursive: true })
  // Started as root, nginx's workers run as `nobody` and write the cache and temp files.
  for (const dir of [cache, path.join(prefix, 'temp')]) fs.chmodSync(dir, 0o777)

  let site = fs.readFileSync(SHIPPED_CONFIG, 'utf8')
  site = substitute(
    site,
    'server app:3000;',
    [appPort]
      .flat()
      .map((port) => `server 127.0.0.1:${port};`)
      .join('\n    '),
  )
  site = substitute(site, 'listen 8080;', `listen 127.0.0.1:${proxyPort};`)
  site = substitute(site, '127.0.0.1:8081;', `127.0.0.1:${hopPort};`)
  site = substitute(site, '/var/cache/nginx/glassworks', cache)
  fs.writeFileSync(path.join(prefix, 'glassworks.conf'), site)

  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`
  // Mirrors the http block of Debian's and the official image's nginx.conf, minus the access
  // log; worker count follows the cores, as there.
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
  ${extraServers}
}
`
  const conf = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(conf, main)
  return ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;']
}
