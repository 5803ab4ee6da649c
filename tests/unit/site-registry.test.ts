import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { publicRoutePrefixes, SITE_COLLECTIONS, SITE_COLLECTION_SLUGS, SITE_ROUTES } from '../../src/shared/collections'
import { PUBLIC_ROUTE_SOURCES } from '../../src/site/cacheControl'
import { pathForDocument } from '../../src/site/paths'

/*
 * Next reads some configuration statically, so it must be written out as literals: the proxy's
 * matcher (src/proxy.ts) and the public Cache-Control sources (src/site/cacheControl.ts). These
 * tests hold those literals to the collection registry (src/shared/collections.ts), and the
 * registry to the route folders that exist.
 */

const root = path.resolve(import.meta.dirname, '../..')
const siteApp = path.join(root, 'src/app/(site)')

/** Route prefixes that are not the public site's: the admin, the APIs, Next's own paths, preview/revalidation. */
const NOT_SITE = ['admin', 'api', '_next', 'next']

/** The prefixes the proxy's first matcher skips: its `(?!(?:a|b|…)(?:/|$)` alternation. */
function proxySkippedPrefixes(): string[] {
  const source = readFileSync(path.join(root, 'src/proxy.ts'), 'utf8')
  const found = source.match(/\(\?!\(\?:([a-z_|]+)\)\(\?:\/\|\$\)/)
  if (!found) throw new Error('src/proxy.ts: the matcher no longer has the `(?!(?:prefix|…)(?:/|$)` form this test reads')
  return found[1].split('|')
}

/** Public prefixes that are pages or folders of pages (files with an extension never run the proxy). */
const pagePrefixes = () => publicRoutePrefixes().filter((prefix) => !prefix.includes('.'))

describe('the collection registry and the literals Next needs', () => {
  it('the proxy skips exactly the public route prefixes of the registry and the non-site ones', () => {
    expect(new Set(proxySkippedPrefixes())).toEqual(new Set([...NOT_SITE, ...pagePrefixes()]))
  })

  it('every route folder of the site is a public route of the registry (or not the site’s)', () => {
    const folders = readdirSync(siteApp, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.length).toBeGreaterThan(5)
    const known = new Set([...NOT_SITE, ...publicRoutePrefixes()])
    expect(folders.filter((folder) => !known.has(folder))).toEqual([])
    // And the other way round: no registry route without its folder (sitemap.xml is sitemap.ts).
    const routed = new Set([...folders, 'sitemap.xml'])
    expect(publicRoutePrefixes().filter((prefix) => !routed.has(prefix))).toEqual([])
  })

  it('public Cache-Control covers every route of the registry', () => {
    const sources = new Set<string>(PUBLIC_ROUTE_SOURCES)
    for (const slug of SITE_COLLECTION_SLUGS) {
      const entry = SITE_COLLECTIONS[slug]
      if (!('route' in entry)) continue
      if (entry.listPage) expect(sources, `${slug}: ${entry.route}`).toContain(entry.route)
      if (entry.page === 'own') expect(sources, `${slug}: ${entry.route}/:path+`).toContain(`${entry.route}/:path+`)
    }
    for (const route of Object.values(SITE_ROUTES)) expect(sources, route).toContain(route)
  })

  it('paths come from the registry routes', () => {
    expect(pathForDocument('articles', 'a b')).toBe('/blog/a%20b')
    expect(pathForDocument('beauty-tips', 'x')).toBe('/tips/x')
    expect(pathForDocument('faqs', 'q')).toBe('/faqs/q')
    expect(pathForDocument('media', 'x')).toBeUndefined()
    expect(pathForDocument('users', 'x')).toBeUndefined()
  })
})
