import type { CollectionConfig } from 'payload'

import { editorialCollection } from '../../src/content/collection'
import { deriveReadingTime } from '../../src/content/hooks'
import { importProvenance } from '../../src/fields/provenance'
import { siteEditor } from '../../src/blocks/editor'
import { slug } from '../../src/fields/slug'

export const Articles: CollectionConfig<'articles'> = editorialCollection({
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    group: 'Content',
    defaultColumns: ['title', 'slug', 'workflowState', 'medical', 'updatedAt'],
  },
  defaultPopulate: { title: true, slug: true, excerpt: true, heroImage: true, publishedAt: true, medical: true },
  hooks: { beforeChange: [deriveReadingTime] },
  fields: [
    { name: 'title', type: 'text', required: true },
    slug('title'),
    { name: 'excerpt', type: 'textarea', admin: { description: 'One or two sentences for lists and search results.' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', editor: siteEditor },
    {
      type: 'row',
      fields: [
        { name: 'treatments', type: 'relationship', relationTo: 'treatments', hasMany: true },
        { name: 'faqs', type: 'relationship', relationTo: 'faqs', hasMany: true },
        { name: 'tips', type: 'relationship', relationTo: 'beauty-tips', hasMany: true },
      ],
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'medical',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Makes medical claims: needs a medical reviewer’s sign-off.' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar' },
      hooks: {
        // The workflow dates a publish; a document stored as published any other way (a script,
        // the local API) would otherwise have none, and lists sorted newest first put undated
        // rows at the top (PostgreSQL sorts NULL first when descending).
        beforeChange: [({ value, siblingData }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value)],
      },
    },
    {
      name: 'readingTime',
      type: 'number',
      admin: { position: 'sidebar', readOnly: true, description: 'Minutes, derived from the body.' },
    },
    importProvenance(),
  ],
})
