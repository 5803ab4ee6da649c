import { getRedirects } from './data'
import { normalizeRedirectPath } from './redirectPaths'
import { redirectsGeneration } from './redirectsGeneration'
import type { RedirectView } from './types'

/**
 * The proxy's in-memory copy of the redirects, so that the check every page request goes
 * through is a Map lookup, not a query. It is re-read after any content change in this
 * process (the revalidation generation moved) and at least every RELOAD_MS, for changes
 * made through another instance. One read at a time; a failed read keeps the last table.
 */
const RELOAD_MS = 10_000

interface Table {
  generation: number
  loadedAt: number
  byPath: Map<string, RedirectView>
}

let table: Table | undefined
let loading: Promise<Table> | undefined

async function load(): Promise<Table> {
  const generation = redirectsGeneration()
  const redirects = await getRedirects()
  return { generation, loadedAt: Date.now(), byPath: new Map(redirects.map((r) => [r.from, r])) }
}

const fresh = (t: Table | undefined): t is Table =>
  Boolean(t) && t!.generation === redirectsGeneration() && Date.now() - t!.loadedAt < RELOAD_MS

async function currentTable(): Promise<Table | undefined> {
  if (fresh(table)) return table
  loading ??= load()
    .then((loaded) => (table = loaded))
    .finally(() => (loading = undefined))
  try {
    return await loading
  } catch (error) {
    console.error('Could not load redirects; serving the last known table.', error)
    return table
  }
}

/** Where `pathname` has moved, if it has. */
export async function findRedirect(pathname: string): Promise<RedirectView | undefined> {
  const path = normalizeRedirectPath(pathname)
  if (!path) return undefined
  const current = await currentTable()
  return current?.byPath.get(path)
}
