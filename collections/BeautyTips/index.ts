import type { CollectionConfig } from 'payload'

import { editorialCollection } from '../../src/content/collection'
import { siteEditor } from '../../src/blocks/editor'
import { slug } from '../../src/fields/slug'
import { TIP_CATEGORIES } from '../../src/shared/collections'

export const BeautyTips: CollectionConfig<'beauty-tips'> = editorialCollection({
  slug: 'beauty-tips',
  labels: { singular: 'Korean beauty tip', plural: 'Korean beauty tips' },
  admin: { useAsTitle: 'title', group: 'Content', defaultColumns: ['title', 'category', 'workflowState', 'updatedAt'] },
  defaultPopulate: { title: true, slug: true, summary: true, category: true, routine: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    slug('title'),
    { name: 'summary', type: 'textarea' },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', editor: siteEditor },
    {
      name: 'category',
      type: 'select',
      defaultValue: 'other',
      options: TIP_CATEGORIES.map(([value, label]) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'routine',
      type: 'group',
      label: 'Place in the routine',
      fields: [
        {
          name: 'time',
          type: 'select',
          defaultValue: 'any',
          options: [
            { label: 'Morning (AM)', value: 'am' },
            { label: 'Evening (PM)', value: 'pm' },
            { label: 'Morning and evening', value: 'both' },
            { label: 'Any time', value: 'any' },
          ],
        },
        { name: 'step', type: 'number', min: 1, admin: { description: 'Order within the routine.' } },
      ],
    },
    { name: 'treatments', type: 'relationship', relationTo: 'treatments', hasMany: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'medical',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Makes medical claims: needs a medical reviewer’s sign-off.' },
    },
    { name: 'articles', type: 'join', collection: 'articles', on: 'tips' },
  ],
})
