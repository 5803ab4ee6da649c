import type { CollectionConfig } from 'payload'

import { editorialCollection } from '../../src/content/collection'
import { reviewNote } from '../../src/fields/provenance'
import { siteEditor } from '../../src/blocks/editor'
import { slug } from '../../src/fields/slug'
import { timelineFields } from '../../src/fields/timeline'

/** Treatment pages are always medical content. */
export const Treatments: CollectionConfig<'treatments'> = editorialCollection({
  slug: 'treatments',
  admin: { useAsTitle: 'name', group: 'Content', defaultColumns: ['name', 'slug', 'workflowState', 'updatedAt'] },
  defaultPopulate: { name: true, slug: true, summary: true, heroImage: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    slug('name'),
    { name: 'summary', type: 'textarea' },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', editor: siteEditor },
    { name: 'concerns', type: 'text', hasMany: true, admin: { description: 'Skin concerns it addresses.' } },
    { name: 'howItWorks', type: 'textarea' },
    {
      name: 'sessions',
      type: 'group',
      fields: [
        { name: 'count', type: 'text', admin: { description: 'e.g. "3-6 sessions"' } },
        { name: 'spacing', type: 'text', admin: { description: 'e.g. "4 weeks apart"' } },
      ],
    },
    { name: 'timeline', type: 'group', label: 'Results timeline', fields: timelineFields },
    { name: 'downtime', type: 'text' },
    { name: 'sideEffects', type: 'text', hasMany: true },
    { name: 'contraindications', type: 'text', hasMany: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    reviewNote(),
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'treatments',
      admin: { description: 'Articles that discuss this treatment.' },
    },
    { name: 'faqs', type: 'join', collection: 'faqs', on: 'treatments', defaultSort: 'order' },
  ],
})
