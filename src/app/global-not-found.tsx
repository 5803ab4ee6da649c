import type { Metadata } from 'next'

import { NotFoundContent } from '@/site/components/NotFoundContent'
import { SiteChrome } from '@/site/components/SiteChrome'
import { SITE_NAME } from '@/site/seo'

import './(site)/site.css'

/**
 * URLs no route claims. The app has two root layouts (site and admin) and none above them, so
 * Next needs this page to render its own document; it looks like any other site page.
 */
export const metadata: Metadata = {
  title: `Page not found · ${SITE_NAME}`,
  robots: { index: false, follow: true },
}

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <SiteChrome>
          <NotFoundContent />
        </SiteChrome>
      </body>
    </html>
  )
}
