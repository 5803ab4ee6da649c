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

import { timelineFields } from '../fields/timeline'

/** Callouts hold short text: no headings or nested blocks. */
const calloutEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature({ enabledCollections: ['articles', 'treatments', 'faqs', 'beauty-tips'] }),
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

export const RoutineStepsBlock: Block = {
  slug: 'routineSteps',
  interfaceName: 'RoutineStepsBlock',
  labels: { singular: 'Routine steps', plural: 'Routine steps' },
  fields: [
    { name: 'title', type: 'text' },
    {
      name: 'tips',
      type: 'relationship',
      relationTo: 'beauty-tips',
      hasMany: true,
      admin: { description: 'Steps that are reusable beauty tips, in order.' },
    },
    {
      name: 'steps',
      type: 'array',
      admin: { description: 'Or steps written here, in order.' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'text', type: 'textarea' },
      ],
    },
  ],
}

export const ResultsTimelineBlock: Block = {
  slug: 'resultsTimeline',
  interfaceName: 'ResultsTimelineBlock',
  labels: { singular: 'Results timeline', plural: 'Results timelines' },
  fields: [{ name: 'treatment', type: 'relationship', relationTo: 'treatments' }, ...timelineFields],
}

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

export const TreatmentCardBlock: Block = {
  slug: 'treatmentCard',
  interfaceName: 'TreatmentCardBlock',
  labels: { singular: 'Treatment card', plural: 'Treatment cards' },
  fields: [{ name: 'treatment', type: 'relationship', relationTo: 'treatments', required: true }],
}

export const FigureBlock: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: 'Image with caption', plural: 'Images with captions' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
  ],
}

export const SITE_BLOCKS = [
  CalloutBlock,
  RoutineStepsBlock,
  ResultsTimelineBlock,
  FaqListBlock,
  TreatmentCardBlock,
  FigureBlock,
]
