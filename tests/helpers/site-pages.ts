import { createRequire } from 'node:module'
import { Window } from 'happy-dom'

import { siteRevalidationToken } from '../../src/site/revalidate'
import { TEST_SECRET } from './constants'
import { api } from './http'

/*
 * Reading the public site from tests: pages parsed into a DOM (happy-dom, no scripts run),
 * JSON-LD pulled out and parsed, XML checked by a strict parser, and the site cache emptied
 * through the same authenticated endpoint the importer would use.
 */

const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
  },
})

export type SiteDocument = ReturnType<InstanceType<typeof window.DOMParser>['parseFromString']>

export interface SitePage {
  status: number
  contentType: string
  html: string
  doc: SiteDocument
}

export async function getPage(path: string): Promise<SitePage> {
  const response = await api(path, { redirect: 'manual' })
  const html = await response.text()
  const doc = new window.DOMParser().parseFromString(html, 'text/html')
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', html, doc }
}

/** Visible text of the page, whitespace collapsed. */
export const textOf = (doc: SiteDocument): string => (doc.body?.textContent ?? '').replace(/\s+/g, ' ')

export const meta = (doc: SiteDocument, key: string): string | null =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null

export const canonical = (doc: SiteDocument): string | null =>
  doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null

export type JsonLd = { '@type': string | string[]; [key: string]: unknown }

/** Every JSON-LD object of the page, parsed (a parse error fails the test that asked). */
export function jsonLdOf(doc: SiteDocument): JsonLd[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as JsonLd)
}

/** The first JSON-LD object of a type; `T` describes the properties the test reads. */
export function jsonLdOfType<T extends object = Record<string, unknown>>(doc: SiteDocument, type: string): (JsonLd & T) | undefined {
  const found = jsonLdOf(doc).find((d) => d['@type'] === type || (Array.isArray(d['@type']) && d['@type'].includes(type)))
  return found as (JsonLd & T) | undefined
}

/** Empty the site's caches: tests write through the Local API, which no Next request sees. */
export async function purgeSiteCache(): Promise<void> {
  const response = await revalidateSite({ all: true })
  if (response.status !== 200) throw new Error(`site cache purge failed: ${response.status} ${await response.text()}`)
}

export function revalidateSite(body: unknown, token = siteRevalidationToken(TEST_SECRET)): Promise<Response> {
  return api('/next/revalidate', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  })
}

/* XML ------------------------------------------------------------------------------------------- */

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

interface SaxParser {
  onerror: (error: Error) => void
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void
  onclosetag: () => void
  ontext: (text: string) => void
  oncdata: (text: string) => void
  write(xml: string): SaxParser
  close(): SaxParser
}

// sax ships with Payload (resolvable from the repo root) and has no type declarations.
const sax = createRequire(import.meta.url)('sax') as {
  parser(strict: boolean, options: { strictEntities?: boolean }): SaxParser
}

/**
 * Parse XML strictly (well-formedness, only the five XML entities, one root element) into a
 * small tree. Throws on the first error.
 */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { strictEntities: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  parser.onerror = (error) => {
    throw new Error(`not well-formed XML: ${error.message.split('\n')[0]}`)
  }
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], text: '' }
    if (stack.length === 0) {
      if (root) throw new Error('not well-formed XML: more than one root element')
      root = element
    } else {
      stack[stack.length - 1].children.push(element)
    }
    stack.push(element)
  }
  parser.onclosetag = () => {
    stack.pop()
  }
  parser.ontext = parser.oncdata = (text) => {
    if (stack.length === 0) {
      if (text.trim()) throw new Error('not well-formed XML: text outside the root element')
      return
    }
    stack[stack.length - 1].text += text
  }
  parser.write(xml).close()
  if (!root) throw new Error('not well-formed XML: no root element')
  return root
}

export const child = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((c) => c.name === name)

export const children = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c) => c.name === name)
