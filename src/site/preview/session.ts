import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { User } from '../../../payload-types'
import { isStaffUser } from '../../access'

/**
 * The staff member previewing drafts in this request, or null for everyone else.
 *
 * Draft mode alone is not trusted: its cookie outlives a logout and could be copied, so every
 * preview request is checked again against the Payload session. Without draft mode this reads
 * nothing, which keeps published pages static (Next reports draft mode as off while it
 * prerenders).
 */
export const previewUser = cache(async (): Promise<User | null> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaffUser(user) ? (user as User) : null
})

/**
 * A page's document for this request: the latest draft for a previewing staff member, else the
 * published one — the one place pages choose between the data module's two reads.
 */
export async function readForViewer<T>(
  slug: string,
  published: (slug: string) => Promise<T>,
  draft: (slug: string, user: User) => Promise<T>,
): Promise<{ doc: T; previewer: User | null }> {
  const previewer = await previewUser()
  return { doc: previewer ? await draft(slug, previewer) : await published(slug), previewer }
}
