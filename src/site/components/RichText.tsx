import type {
  DefaultNodeTypes,
  SerializedBlockNode,
  SerializedHeadingNode,
  SerializedLinkNode,
} from '@payloadcms/richtext-lexical'
import {
  LinkJSXConverter,
  RichText as PayloadRichText,
  type JSXConverter,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { BLOCKS, type BlockType, type BlockView } from '../../blocks'
import { pathForDocument } from '../paths'
import type { FaqView, RichTextValue } from '../types'
import { FaqItems } from './Faqs'

/*
 * Rich text through Payload's official Lexical → JSX converter, with the site's converters for
 * its blocks (each block's component is in its folder, src/blocks/<Name>/), internal links and
 * h2 anchors. The nodes were reshaped by data/richText.ts: block fields
 * are BlockViews, unreadable link targets are null.
 */

type SiteBlockNode = SerializedBlockNode<{ blockName?: null | string; blockType: string }>
type SiteNode = DefaultNodeTypes | SiteBlockNode

/** Block fields as data/richText.ts left them; the block type is checked, not assumed. */
function blockOf<T extends BlockView['blockType']>(node: { fields: { blockType: string } }, type: T) {
  const fields = node.fields as unknown as BlockView
  return fields.blockType === type ? (fields as Extract<BlockView, { blockType: T }>) : undefined
}

const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }): string => {
  const doc = linkNode.fields.doc
  const slug = doc && typeof doc.value === 'object' ? doc.value.slug : undefined
  return (doc && typeof slug === 'string' && pathForDocument(doc.relationTo, slug)) || '#'
}

const payloadLinks = LinkJSXConverter({ internalDocToHref })

const isResolved = (node: SerializedLinkNode): boolean =>
  node.fields.linkType === 'internal'
    ? Boolean(node.fields.doc && typeof node.fields.doc.value === 'object')
    : Boolean(node.fields.url)

/** A link whose target is unreadable (a draft) or unsafe keeps its words and loses the link. */
const link: JSXConverter<SerializedLinkNode> = (args) => {
  if (!isResolved(args.node)) return <>{args.nodesToJSX({ nodes: args.node.children })}</>
  const convert = payloadLinks.link
  return typeof convert === 'function' ? convert(args) : null
}

const heading: JSXConverter<SerializedHeadingNode> = ({ node, nodesToJSX }) => {
  const Tag = (['h2', 'h3', 'h4'] as const).find((t) => t === node.tag) ?? 'h2'
  const anchor = (node as { anchor?: unknown }).anchor
  return <Tag id={typeof anchor === 'string' ? anchor : undefined}>{nodesToJSX({ nodes: node.children })}</Tag>
}

/** One converter per block of src/blocks/index.ts, rendering its component with the checked view. */
function blockConverters() {
  const render = <T extends BlockType>(type: T) => {
    type View = Extract<BlockView, { blockType: T }>
    const Component = BLOCKS[type].Component as (props: { block: View; RichText: typeof RichTextBody }) => ReactNode
    const converter: JSXConverter<SiteBlockNode> = ({ node }) => {
      const block = blockOf(node, type)
      return block ? <Component block={block} RichText={RichTextBody} /> : null
    }
    return converter
  }
  return Object.fromEntries((Object.keys(BLOCKS) as BlockType[]).map((type) => [type, render(type)]))
}

const converters: JSXConvertersFunction<SiteNode> = ({ defaultConverters }) => ({
  ...defaultConverters,
  link,
  heading,
  blocks: blockConverters(),
  // Anything else was removed by data/richText.ts; should one slip through, render nothing rather than "unknown node".
  unknown: () => null,
})

export function RichTextBody({ data, className = 'prose' }: { data: RichTextValue | null; className?: string }) {
  if (!data) return null
  return <PayloadRichText data={data} converters={converters} className={className} />
}

/** FAQs as disclosures, their answers rendered by this module. */
export function FaqList({ faqs }: { faqs: FaqView[] }) {
  return <FaqItems faqs={faqs} RichText={RichTextBody} />
}
