'use client'

/**
 * Payload's own Publish and Unpublish buttons would write `_status` directly, which the server
 * refuses for everyone: publishing and unpublishing are actions in the review panel.
 */
export function WorkflowPublishButton() {
  return null
}
