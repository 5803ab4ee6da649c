import type { CollectionConfig } from 'payload'

import { admins, publishedOrStaff, staff, withRoles } from '../access'

/**
 * What every editorial collection shares: drafts with autosave and scheduled publishing,
 * version history, and published-only reads for visitors.
 */
export const editorialDefaults = {
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
      validate: false,
    },
    maxPerDoc: 100,
  },
  access: {
    read: publishedOrStaff,
    readVersions: staff,
    create: staff,
    update: staff,
    delete: withRoles('admin', 'reviewer'),
    unlock: admins,
  },
} satisfies Pick<CollectionConfig, 'versions' | 'access'>
