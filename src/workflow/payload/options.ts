import { DEFAULT_BANNED_CLAIMS, DEFAULT_REVIEW_INTERVAL_MONTHS } from '../checklist'
import type { WorkflowOptions } from '../machine'

/** BANNED_CLAIMS (comma-separated) and REVIEW_INTERVAL_MONTHS tune the workflow per site. */
export function workflowOptions(): Required<WorkflowOptions> {
  const banned = process.env.BANNED_CLAIMS?.split(',')
    .map((phrase) => phrase.trim())
    .filter(Boolean)
  const months = Number(process.env.REVIEW_INTERVAL_MONTHS)
  return {
    bannedClaims: banned?.length ? banned : DEFAULT_BANNED_CLAIMS,
    reviewIntervalMonths: Number.isFinite(months) && months > 0 ? months : DEFAULT_REVIEW_INTERVAL_MONTHS,
  }
}

/**
 * UNPUBLISH_OVERDUE_REVIEW_DAYS: unpublish medical content whose re-review is this many days
 * overdue. Unset (the default) or 0: overdue content stays online and is listed on the dashboard.
 */
export function overdueReviewDays(): number | null {
  const days = Number(process.env.UNPUBLISH_OVERDUE_REVIEW_DAYS)
  return Number.isFinite(days) && days > 0 ? days : null
}
