/** Refusals as the sentences people read. */
import type { Refusal } from './types'

/**
 * Why an action cannot be taken, as one sentence a person can act on: for the checklist the
 * missing items themselves ("Add a hero image."), not "the content is not ready".
 */
export function blockedReason(refusal: Refusal): string {
  if (refusal.error === 'checklist' && refusal.items.length) return refusal.items.map((item) => item.message).join(' ')
  return refusal.message
}

/** One plain sentence from a refusal: the message and what is missing (the scheduler's report). */
export function refusalReason(refusal: Refusal): string {
  const items = 'items' in refusal ? refusal.items.map((item) => item.message) : []
  return [refusal.message, ...items].join(' ')
}
