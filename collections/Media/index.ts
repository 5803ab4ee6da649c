import type { CollectionConfig } from 'payload'

import { anyone, staff, withRoles } from '../../src/access'
import { revalidateAfterChange, revalidateAfterDelete } from '../../src/content/revalidationHooks'
import { mediaDir } from '../../src/server/paths'
import { ACCEPTED_MIME_TYPES } from '../../src/shared/media'
import { guardLiveMedia } from './hooks/guardLiveMedia'
import { requireRasterImage } from './hooks/requireRasterImage'

const webp = { format: 'webp' as const, options: { quality: 82 } }

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: staff, update: staff, delete: withRoles('admin', 'reviewer') },
  hooks: {
    beforeOperation: [requireRasterImage],
    beforeChange: [guardLiveMedia],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ACCEPTED_MIME_TYPES,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      // The admin's thumbnail; the site's srcsets use card and hero, both 16:9 like the site's
      // picture boxes and the generated covers (src/site/data/views.ts).
      { name: 'thumbnail', width: 400, height: 300, formatOptions: webp },
      { name: 'card', width: 800, height: 450, formatOptions: webp },
      { name: 'hero', width: 1600, height: 900, formatOptions: webp },
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 85 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it.' },
    },
    { name: 'caption', type: 'text' },
    { name: 'credit', type: 'text' },
  ],
}
