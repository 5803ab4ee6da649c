import { DEFAULT_BANNED_CLAIMS, DEFAULT_REVIEW_INTERVAL_MONTHS } from '../checklist'
import type { WorkflowOptions } from '../machine'

/** BANNED_CLAIMS (comma-separated) and REVIEW_INTERVAL_MONTHS tune the workflow per site. */
export function workflowOptions(): WorkflowOptions {
  const banned = process.env.BANNED_CLAIMS?.split(',')
    .map((phrase) => phrase.trim())
    .filter(Boolean)
  const months = Number(process.env.REVIEW_INTERVAL_MONTHS)
  return {
    bannedClaims: banned?.length ? banned : DEFAULT_BANNED_CLAIMS,
    reviewIntervalMonths: Number.isFinite(months) && months > 0 ? months : DEFAULT_REVIEW_INTERVAL_MONTHS,
  }
}
