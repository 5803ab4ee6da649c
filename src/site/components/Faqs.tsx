import type { RichTextRenderer } from '../../blocks/types'
import { faqAnchor, sitePaths } from '../paths'
import type { FaqView } from '../types'

/*
 * FAQs as native disclosures. The rich-text renderer comes in as a prop: FAQ blocks render
 * these inside rich text, so importing RichText.tsx here would be an import cycle.
 */

/** One FAQ as a native disclosure: opens with Enter/Space, works without JavaScript. */
export function FaqDisclosure({ faq, RichText }: { faq: FaqView; RichText: RichTextRenderer }) {
  return (
    <details className="faq" id={faqAnchor(faq.slug)}>
      <summary>{faq.question}</summary>
      <div className="faq__answer">
        {faq.answer ? <RichText data={faq.answer} className="prose prose--small" /> : <p>{faq.answerText}</p>}
        <p className="faq__link">
          {/* Named with its question: a page lists many; the name starts with the visible text. */}
          <a href={sitePaths.faq(faq.slug)} aria-label={`Permalink: ${faq.question}`}>
            Permalink
          </a>
        </p>
      </div>
    </details>
  )
}

export function FaqItems({ faqs, RichText }: { faqs: FaqView[]; RichText: RichTextRenderer }) {
  return (
    <div className="faqs">
      {faqs.map((faq) => (
        <FaqDisclosure key={faq.slug} faq={faq} RichText={RichText} />
      ))}
    </div>
  )
}
