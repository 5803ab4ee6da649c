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

import { collectionsWith } from '../shared/collections'
import { SITE_BLOCKS } from './index'

/**
 * The one editor of the site, offering the blocks of ./index.ts and links to the registry's
 * link targets (src/shared/collections.ts). Features are listed, not taken from the defaults, so nothing
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
      enabledCollections: collectionsWith('linkTarget'),
      fields: ({ defaultFields }) => defaultFields,
    }),
    BlocksFeature({ blocks: SITE_BLOCKS }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
