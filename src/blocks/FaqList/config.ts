import type { Block } from 'payload'

export const FaqListBlock: Block = {
  slug: 'faqList',
  interfaceName: 'FaqListBlock',
  labels: { singular: 'FAQ list', plural: 'FAQ lists' },
  fields: [
    // No defaultValue: the site shows "Frequently asked questions" when empty, and imported
    // blocks then read back exactly as written (the importer's edit detection relies on it).
    { name: 'title', type: 'text', admin: { placeholder: 'Frequently asked questions' } },
    { name: 'faqs', type: 'relationship', relationTo: 'faqs', hasMany: true, required: true },
  ],
}
