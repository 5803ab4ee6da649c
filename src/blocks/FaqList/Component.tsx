import { FaqItems } from '../../site/components/Faqs'
import type { BlockComponentProps } from '../types'
import type { FaqListView } from './view'

export function FaqList({ block, RichText }: BlockComponentProps<FaqListView>) {
  if (block.faqs.length === 0) return null
  return (
    <section className="faq-block" aria-label={block.title ?? 'Frequently asked questions'}>
      <h3 className="faq-block__title">{block.title ?? 'Frequently asked questions'}</h3>
      <FaqItems faqs={block.faqs} RichText={RichText} />
    </section>
  )
}
