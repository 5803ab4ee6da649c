import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnderlineFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'

import { SITE_BLOCKS } from '../blocks'

/**
 * The one editor of the site. Features are listed, not taken from the defaults, so nothing
 * (raw HTML, h1, uploads outside the figure block) slips in with a Payload upgrade.
 */
export const siteEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    LinkFeature({
      enabledCollections: ['articles', 'treatments', 'faqs', 'beauty-tips', 'topics', 'authors'],
      fields: ({ defaultFields }) => defaultFields,
    }),
    BlocksFeature({ blocks: SITE_BLOCKS }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
