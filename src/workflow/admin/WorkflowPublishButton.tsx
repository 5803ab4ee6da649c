'use client'

/**
 * Payload's own Publish button would write `_status: 'published'` directly, which the server
 * refuses for everyone: publishing is the "Publish now" action in the review panel.
 */
export function WorkflowPublishButton() {
  return null
}
