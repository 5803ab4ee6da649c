import {
  BoldFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import type { Block } from 'payload'

import { CONTENT_COLLECTIONS } from '../../shared/collections'

/** Callouts hold short text: no headings or nested blocks; links to the editorial content only. */
const calloutEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature({ enabledCollections: [...CONTENT_COLLECTIONS] }),
  ],
})

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout / disclaimer', plural: 'Callouts' },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: [
        { label: 'Info', value: 'info' },
        { label: 'Key takeaways', value: 'takeaways' },
        { label: 'Warning', value: 'warning' },
        { label: 'Medical disclaimer', value: 'disclaimer' },
      ],
    },
    { name: 'title', type: 'text' },
    { name: 'content', type: 'richText', editor: calloutEditor, required: true },
  ],
}
