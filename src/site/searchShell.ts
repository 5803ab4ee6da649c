/**
 * The search page's frame, fetched once per server process from this server's own
 * `/next/search-shell` (Next renders it with the site layout, so head, header, footer and
 * stylesheet are exactly every other page's) and kept as a template (`./searchHtml.ts`).
 * It depends on code and on SERVER_URL only — the layout reads no content — so it lives as
 * long as the process: a deploy restarts it. Should the layout ever read content, this must
 * expire with the site's cache tags like any cached read. The request goes to 127.0.0.1 on
 * PORT, where `next start` listens (as the revalidation POSTs in `./revalidate.ts` do).
 */
import { resolvePayloadSecret, serverPort } from '../server/env'
import { derivedToken, tokenMatches } from '../shared/tokens'
import { searchTemplate, type SearchTemplate } from './searchHtml'

export const SEARCH_SHELL_PATH = '/next/search-shell'
export const SEARCH_SHELL_HEADER = 'x-glassworks-search-shell'

const shellToken = (): string => derivedToken(resolvePayloadSecret(), 'glassworks:search-shell')

/** Only this server's own request for the shell may see it; anyone else gets the 404 page. */
export const isSearchShellRequest = (token: string | null | undefined): boolean => tokenMatches(token, shellToken())

let template: Promise<SearchTemplate> | undefined

async function fetchShell(): Promise<SearchTemplate> {
  const response = await fetch(`http://127.0.0.1:${serverPort()}${SEARCH_SHELL_PATH}`, {
    headers: { [SEARCH_SHELL_HEADER]: shellToken() },
    cache: 'no-store',
    signal: AbortSignal.timeout(15_000),
  })
  if (!response.ok) throw new Error(`The search page's shell answered ${response.status}.`)
  return searchTemplate(await response.text())
}

/** The template, fetched on the first search (and again after a failed fetch). */
export function searchShell(): Promise<SearchTemplate> {
  template ??= fetchShell().catch((error: unknown) => {
    template = undefined
    throw error
  })
  return template
}
