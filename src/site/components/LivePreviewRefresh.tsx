'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * In the admin's Live Preview iframe: re-render the server page whenever the editor's draft
 * is saved (autosave runs every two seconds). Only preview pages render this; published pages
 * ship no JavaScript of their own. The admin is this same origin, so that is where the save
 * events must come from.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} />
}
