/** `req.context` flags the workflow adapters read. */
export interface WorkflowContext {
  /** Set by the workflow endpoint and the scheduler: the write IS a workflow transition. */
  workflow?: boolean
  /** Set by the importer for its own writes. */
  importing?: boolean
  /** Set by Payload itself while restoring a version. */
  isRestoringVersion?: boolean
}

export const WORKFLOW_CONTEXT = { workflow: true } as const
