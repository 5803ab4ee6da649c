import type { RequestFlags } from '../../shared/requestContext'

/** The context of the workflow's own writes: the guards let them set workflow fields. */
export const WORKFLOW_CONTEXT = { workflow: true } as const satisfies RequestFlags
