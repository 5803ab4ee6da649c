import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from '@/site/seo'
import { sitePaths } from '@/site/paths'

import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: `${SITE_NAME} · Korean beauty & medical-spa treatments`, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fcf7f5' },
    { media: '(prefers-color-scheme: dark)', color: '#19141a' },
  ],
}

const NAV = [
  { href: sitePaths.blog, label: 'Blog' },
  { href: sitePaths.treatments, label: 'Treatments' },
  { href: sitePaths.tips, label: 'Tips' },
  { href: sitePaths.faqs, label: 'FAQs' },
  { href: '/search', label: 'Search' },
]

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap site-header__inner">
            <a className="brand" href={sitePaths.home}>
              <span className="brand__mark" aria-hidden="true" />
              {SITE_NAME}
            </a>
            <nav className="site-nav" aria-label="Main">
              <ul role="list">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap site-footer__inner">
            <p className="site-footer__brand">
              <strong>{SITE_NAME}</strong> — {SITE_DESCRIPTION}
            </p>
            <nav aria-label="Footer">
              <ul role="list">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.label}</a>
                  </li>
                ))}
                <li>
                  <a href={sitePaths.feed}>RSS feed</a>
                </li>
              </ul>
            </nav>
            <p className="site-footer__note">
              Our articles are for general information, not medical advice. Talk to a qualified practitioner before
              any treatment.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
