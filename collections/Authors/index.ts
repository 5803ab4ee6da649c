import type { CollectionConfig } from 'payload'

import { anyone, reviewersAndAdmins, staffField } from '../../src/access'
import { revalidateAfterChange, revalidateAfterDelete } from '../../src/content/revalidationHooks'
import { redirectOldSlug, rememberPublicSlug } from '../../src/content/slugRedirects'
import { slug } from '../../src/fields/slug'

/** Public bylines. Kept apart from users so a byline never exposes an account. */
export const Authors: CollectionConfig<'authors'> = {
  slug: 'authors',
  admin: { useAsTitle: 'name', group: 'Taxonomy', defaultColumns: ['name', 'credentials'] },
  // Bylines carry clinical credentials readers trust and go live on save, with no review: only the people who
  // publish (reviewers, admins) create or change them (README "Security").
  access: { read: anyone, create: reviewersAndAdmins, update: reviewersAndAdmins, delete: reviewersAndAdmins },
  hooks: {
    beforeChange: [rememberPublicSlug],
    afterChange: [redirectOldSlug, revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slug('name'),
    { name: 'credentials', type: 'text', admin: { description: 'e.g. "MD, board-certified dermatologist".' } },
    { name: 'bio', type: 'textarea' },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffField },
      admin: { position: 'sidebar', description: 'The staff account behind this byline, if any.' },
    },
  ],
}
