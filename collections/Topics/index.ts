import type { CollectionConfig } from 'payload'

import { anyone, staff, withRoles } from '../../src/access'
import { revalidateAfterChange, revalidateAfterDelete } from '../../src/content/revalidationHooks'
import { redirectOldSlug, rememberPublicSlug } from '../../src/content/slugRedirects'
import { slug } from '../../src/fields/slug'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  admin: { useAsTitle: 'name', group: 'Taxonomy', defaultColumns: ['name', 'slug'] },
  access: { read: anyone, create: staff, update: staff, delete: withRoles('admin', 'reviewer') },
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
