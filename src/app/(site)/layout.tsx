import type { Metadata } from 'next'
import type React from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: 'Glassworks', template: '%s · Glassworks' },
  description: 'Korean beauty and medical-spa treatments, explained and medically reviewed.',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a className="brand" href="/">
            Glassworks
          </a>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
