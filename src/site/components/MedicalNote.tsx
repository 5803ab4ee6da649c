import { sitePaths } from '../paths'
import type { SignOffView } from '../types'
import { DateText } from './DateText'

/** Shown on every page with medical content. */
export function MedicalDisclaimer() {
  return (
    <div className="callout callout--disclaimer" role="note" aria-label="Medical disclaimer">
      <p className="callout__title">Medical disclaimer</p>
      <p>
        This page is for general information and is not medical advice. Treatments carry risks and suit some
        people better than others: talk to a qualified, licensed practitioner about your skin and health before
        booking one. Read our <a href={sitePaths.faqs}>FAQs</a> for common questions.
      </p>
    </div>
  )
}

/**
 * "Medically reviewed by …" when the reviewer's sign-off of this very text is on the document;
 * otherwise say plainly that the review is pending (launch content went live before the
 * medical review existed), never a reviewer who did not check it.
 */
export function ReviewedBy({ signOff }: { signOff?: SignOffView }) {
  if (!signOff?.name) {
    return (
      <p className="reviewed reviewed--pending" role="note">
        Medical review pending: a medical reviewer has not yet checked this page.
      </p>
    )
  }
  return (
    <p className="reviewed">
      Medically reviewed by <strong>{signOff.name}</strong>
      {signOff.credentials ? `, ${signOff.credentials}` : ''}
      {signOff.at ? (
        <>
          {' '}
          on <DateText iso={signOff.at} />
        </>
      ) : null}
    </p>
  )
}
