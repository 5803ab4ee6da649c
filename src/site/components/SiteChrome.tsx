import type React from 'react'

import { sitePaths } from '../paths'
import { SITE_DESCRIPTION, SITE_NAME } from '../seo'
import { PAGE_IDS } from '../pageIds'

const NAV = [
  { href: sitePaths.blog, label: 'Blog' },
  { href: sitePaths.treatments, label: 'Treatments' },
  { href: sitePaths.tips, label: 'Tips' },
  { href: sitePaths.faqs, label: 'FAQs' },
  { href: sitePaths.search, label: 'Search' },
]

/**
 * Header, main landmark and footer of every public page. Shared by the site layout and the
 * global not-found page, which has to render its own <html> (the admin is a second root layout).
 */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href={`#${PAGE_IDS.main}`}>
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
      <main id={PAGE_IDS.main} tabIndex={-1}>
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
    </>
  )
}
