'use client'
import { useFormFields } from '@payloadcms/ui'

import { STATE_LABELS, isState } from '../machine'

/**
 * The document header's status, from the workflow: Payload's own says "Draft" for anything
 * not yet live (in review, approved, scheduled…), which contradicted the review panel.
 */
export function WorkflowStatus() {
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  const label = isState(state) ? STATE_LABELS[state] : STATE_LABELS.draft
  return (
    <div className="status gw-status" data-state={isState(state) ? state : 'draft'}>
      <span className="status__label">Status:</span> <span className="status__value">{label}</span>
    </div>
  )
}
