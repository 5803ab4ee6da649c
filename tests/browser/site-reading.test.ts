import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { screenshot, useBrowser } from '../helpers/browser'
import { serverUrl } from '../helpers/http'
import { usePayload } from '../helpers/payload'
import { useSiteFixtures } from '../helpers/site-fixtures'

const ctx = usePayload()
const chrome = useBrowser()
const f = useSiteFixtures(ctx)

const WIDTHS = [360, 1280] as const
const SCHEMES = ['light', 'dark'] as const

async function withPage<T>(
  options: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean },
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await chrome.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
  })
  const page = await context.newPage()
  try {
    return await run(page)
  } finally {
    await context.close()
  }
}

/** Serious and critical axe findings, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('reading the site', () => {
  it('reads an article and follows its treatment link', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${serverUrl()}/blog/${f.article.slug}`)
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(f.article.title)
      // The table of contents jumps to its section.
      await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: `Second section ${f.marker}` }).click()
      await page.waitForURL(/#second-section/)
      await page.locator('.treatment-card').getByRole('link', { name: f.treatment.name }).click()
      await page.waitForURL(`${serverUrl()}/treatments/${f.treatment.slug}`)
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(f.treatment.name)
    })
  })

  it('opens and closes an FAQ with the keyboard alone, without JavaScript', async () => {
    await withPage({ javaScript: false }, async (page) => {
      await page.goto(`${serverUrl()}/faqs`)
      const details = page.locator(`details#faq-${f.faq.slug}`)
      const answer = details.locator('.faq__answer')
      await expect(answer.isVisible()).resolves.toBe(false)
      // Tab from the top of the page until the question's summary has focus.
      let focused = false
      for (let i = 0; i < 200 && !focused; i++) {
        await page.keyboard.press('Tab')
        focused = await details.locator('summary').evaluate((el) => el === document.activeElement)
      }
      expect(focused).toBe(true)
      await page.keyboard.press('Enter')
      await expect(details.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true)
      await expect(answer.isVisible()).resolves.toBe(true)
      await expect(answer.textContent()).resolves.toContain(`Answer ${f.marker}`)
      await page.keyboard.press('Space')
      await expect(details.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false)
    })
  })

  it('follows an FAQ’s permalink to its own page, and sends old /faqs#faq-… links there', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${serverUrl()}/faqs`)
      const details = page.locator(`details#faq-${f.faq.slug}`)
      await details.locator('summary').click()
      await details.getByRole('link', { name: `Permalink: ${f.faq.question}` }).click()
      await page.waitForURL(`${serverUrl()}/faqs/${f.faq.slug}`)
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(f.faq.question)

      // An old link to an FAQ shown on the first page stays there, at the question...
      await page.goto(`${serverUrl()}/faqs#faq-${f.faq.slug}`)
      await page.waitForLoadState('load')
      expect(new URL(page.url()).pathname).toBe('/faqs')
      // ...and one to an FAQ the first page does not show goes to that FAQ's own address
      // (here one that does not exist: its page is the not-found page). From another page: a
      // change of the fragment alone would not load the page again.
      await page.goto(`${serverUrl()}/`)
      await page.goto(`${serverUrl()}/faqs#faq-gone-${f.marker}`)
      await page.waitForURL(`${serverUrl()}/faqs/gone-${f.marker}`)
      await page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' }).waitFor()
    })
  })

  it('shows the not-found page in the site’s look, with a 404', async () => {
    await withPage({}, async (page) => {
      const response = await page.goto(`${serverUrl()}/blog/no-such-article-${f.marker}`)
      expect(response?.status()).toBe(404)
      await page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' }).waitFor()
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
      await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true)
    })
  })

  it('the skip link is the first stop and moves focus to the content', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${serverUrl()}/blog/${f.article.slug}`)
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: 'Skip to content' })
      await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
      await expect(skip.isVisible()).resolves.toBe(true)
      await page.keyboard.press('Enter')
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    })
  })
})

describe('every page type', () => {
  const pages = () => ({
    home: '/',
    blog: '/blog',
    'blog topic': `/blog/topic/${f.topic.slug}`,
    article: `/blog/${f.article.slug}`,
    treatments: '/treatments',
    treatment: `/treatments/${f.treatment.slug}`,
    faqs: '/faqs',
    faq: `/faqs/${f.faq.slug}`,
    tips: '/tips',
    tip: `/tips/${f.tipAm.slug}`,
    topic: `/topics/${f.topic.slug}`,
    author: `/authors/${f.author.slug}`,
    'not-found': `/no-such-page-${f.marker}`,
  })

  it('has no serious or critical accessibility violation, in light and dark', async () => {
    const problems: string[] = []
    for (const colorScheme of SCHEMES) {
      await withPage({ colorScheme }, async (page) => {
        for (const [name, path] of Object.entries(pages())) {
          await page.goto(`${serverUrl()}${path}`)
          // The not-found page is filled in by Next's runtime: wait for its heading.
          await page.locator('h1').first().waitFor()
          for (const line of await seriousViolations(page)) problems.push(`${name} (${colorScheme}): ${line}`)
        }
      })
    }
    expect(problems).toEqual([])
  }, 180_000)

  it('lays out from 360 px to wide without horizontal scrolling (screenshots in test-results/)', async () => {
    const overflowing: string[] = []
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        await withPage({ width, colorScheme }, async (page) => {
          for (const [name, path] of Object.entries(pages())) {
            await page.goto(`${serverUrl()}${path}`)
            await page.locator('h1').first().waitFor()
            const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
            if (scrollWidth > width) overflowing.push(`${name} at ${width}px (${colorScheme}): ${scrollWidth}px wide`)
            await screenshot(page, `site-${name}-${width}-${colorScheme}`)
          }
        })
      }
    }
    expect(overflowing).toEqual([])
  }, 240_000)
})
