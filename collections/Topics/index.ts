import type { CollectionConfig } from 'payload'

import { anyone, staff, withRoles } from '../../src/access'
import { slug } from '../../src/fields/slug'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  admin: { useAsTitle: 'name', group: 'Taxonomy', defaultColumns: ['name', 'slug'] },
  access: { read: anyone, create: staff, update: staff, delete: withRoles('admin', 'reviewer') },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    slug('name'),
    { name: 'description', type: 'textarea' },
  ],
}
