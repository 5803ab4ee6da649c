import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { SiteChrome } from '@/site/components/SiteChrome'
import { absoluteUrl, SITE_DESCRIPTION, SITE_ICON, SITE_NAME } from '@/site/seo'

import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: `${SITE_NAME} · Korean beauty & medical-spa treatments`, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    formatDetection: { telephone: false },
    icons: { icon: SITE_ICON },
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

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  )
}
