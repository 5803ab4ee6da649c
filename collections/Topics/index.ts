import type { CollectionConfig } from 'payload'

import { anyone, reviewersAndAdmins } from '../../src/access'
import { revalidateAfterChange, revalidateAfterDelete } from '../../src/content/revalidationHooks'
import { redirectOldSlug, rememberPublicSlug } from '../../src/content/slugRedirects'
import { slug } from '../../src/fields/slug'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  admin: { useAsTitle: 'name', group: 'Taxonomy', defaultColumns: ['name', 'slug'] },
  // Topics are public pages and go live on save, with no review: only the people who
  // publish (reviewers, admins) create or change them (README "Security").
  access: { read: anyone, create: reviewersAndAdmins, update: reviewersAndAdmins, delete: reviewersAndAdmins },
  hooks: {
    beforeChange: [rememberPublicSlug],
    afterChange: [redirectOldSlug, revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    slug('name'),
    { name: 'description', type: 'textarea' },
  ],
}
