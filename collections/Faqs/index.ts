import type { CollectionConfig } from 'payload'

import { editorialCollection } from '../../src/content/collection'
import { siteEditor } from '../../src/blocks/editor'
import { slug } from '../../src/fields/slug'

export const Faqs: CollectionConfig<'faqs'> = editorialCollection({
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: {
    useAsTitle: 'question',
    group: 'Content',
    defaultColumns: ['question', 'workflowState', 'order', 'updatedAt'],
  },
  // Lean by default: a REST list of articles at depth 1 would otherwise carry every FAQ's rich-text
  // answer (the bench's 350 KB answers). The site asks for `answer` where it shows one.
  defaultPopulate: { question: true, slug: true, order: true },
  fields: [
    { name: 'question', type: 'text', required: true },
    slug('question'),
    { name: 'answer', type: 'richText', editor: siteEditor },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'treatments', type: 'relationship', relationTo: 'treatments', hasMany: true },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    {
      name: 'medical',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Answers with medical claims need a medical reviewer’s sign-off.' },
    },
    { name: 'articles', type: 'join', collection: 'articles', on: 'faqs' },
  ],
})
