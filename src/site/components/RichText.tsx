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

import { faqAnchor, pathForDocument } from '../paths'
import type { BlockView, CalloutView, FaqListView, FaqView, RichTextValue } from '../types'
import { Figure, ResultsTimelineBlock, RoutineSteps, TreatmentCardBlock } from './blocks'

/*
 * Rich text through Payload's official Lexical → JSX converter, with the site's converters for
 * its blocks, internal links and h2 anchors. The nodes were reshaped by data.ts: block fields
 * are BlockViews, unreadable link targets are null.
 */

type SiteNode = DefaultNodeTypes | SerializedBlockNode<{ blockName?: null | string; blockType: string }>

/** Block fields as data.ts left them; the block type is checked, not assumed. */
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

const converters: JSXConvertersFunction<SiteNode> = ({ defaultConverters }) => ({
  ...defaultConverters,
  link,
  heading,
  blocks: {
    callout: ({ node }) => {
      const block = blockOf(node, 'callout')
      return block ? <Callout block={block} /> : null
    },
    routineSteps: ({ node }) => {
      const block = blockOf(node, 'routineSteps')
      return block ? <RoutineSteps block={block} /> : null
    },
    resultsTimeline: ({ node }) => {
      const block = blockOf(node, 'resultsTimeline')
      return block ? <ResultsTimelineBlock block={block} /> : null
    },
    faqList: ({ node }) => {
      const block = blockOf(node, 'faqList')
      return block ? <FaqListBlock block={block} /> : null
    },
    treatmentCard: ({ node }) => {
      const block = blockOf(node, 'treatmentCard')
      return block ? <TreatmentCardBlock block={block} /> : null
    },
    figure: ({ node }) => {
      const block = blockOf(node, 'figure')
      return block ? <Figure block={block} /> : null
    },
  },
  // Anything else was removed by data.ts; should one slip through, render nothing rather than "unknown node".
  unknown: () => null,
})

export function RichTextBody({ data, className = 'prose' }: { data: RichTextValue | null; className?: string }) {
  if (!data) return null
  return <PayloadRichText data={data} converters={converters} className={className} />
}

const TONE_LABELS: Record<CalloutView['tone'], string> = {
  info: 'Good to know',
  takeaways: 'Key takeaways',
  warning: 'Caution',
  disclaimer: 'Medical disclaimer',
}

export function Callout({ block }: { block: CalloutView }) {
  const title = block.title ?? TONE_LABELS[block.tone]
  return (
    <div className={`callout callout--${block.tone}`} role="note" aria-label={title}>
      <p className="callout__title">{title}</p>
      <RichTextBody data={block.content} className="callout__body" />
    </div>
  )
}

/** One FAQ as a native disclosure: opens with Enter/Space, works without JavaScript. */
export function FaqDisclosure({ faq }: { faq: FaqView }) {
  return (
    <details className="faq" id={faqAnchor(faq.slug)}>
      <summary>{faq.question}</summary>
      <div className="faq__answer">
        {faq.answer ? <RichTextBody data={faq.answer} className="prose prose--small" /> : <p>{faq.answerText}</p>}
      </div>
    </details>
  )
}

export function FaqList({ faqs }: { faqs: FaqView[] }) {
  return (
    <div className="faqs">
      {faqs.map((faq) => (
        <FaqDisclosure key={faq.slug} faq={faq} />
      ))}
    </div>
  )
}

function FaqListBlock({ block }: { block: FaqListView }) {
  if (block.faqs.length === 0) return null
  return (
    <section className="faq-block" aria-label={block.title ?? 'Frequently asked questions'}>
      <h3 className="faq-block__title">{block.title ?? 'Frequently asked questions'}</h3>
      <FaqList faqs={block.faqs} />
    </section>
  )
}
