/** The workflow's states and actions, with the labels people see. */
export const STATES = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'archived',
] as const
export type State = (typeof STATES)[number]

export const ACTIONS = [
  'submit',
  'withdraw',
  'request-changes',
  'sign-off',
  'approve',
  'publish',
  'schedule',
  'unpublish',
  'take-down',
  'archive',
  'reopen',
] as const
export type Action = (typeof ACTIONS)[number]

export const isState = (value: unknown): value is State => STATES.includes(value as State)
export const isAction = (value: unknown): value is Action => ACTIONS.includes(value as Action)

export const STATE_LABELS: Record<State, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
  archived: 'Archived',
}

export const ACTION_LABELS: Record<Action, string> = {
  submit: 'Submit for review',
  withdraw: 'Withdraw',
  'request-changes': 'Request changes',
  'sign-off': 'Medical sign-off',
  approve: 'Approve',
  publish: 'Publish now',
  schedule: 'Schedule',
  unpublish: 'Unpublish',
  'take-down': 'Schedule take-down',
  archive: 'Archive',
  reopen: 'Reopen as draft',
}

/**
 * What a version in the document's history was made by, in the past tense (the admin's
 * version list). A version no workflow action made is an edit.
 */
export const EVENT_LABELS: Record<Action, string> = {
  submit: 'Submitted for review',
  withdraw: 'Withdrawn',
  'request-changes': 'Changes requested',
  'sign-off': 'Medically signed off',
  approve: 'Approved',
  publish: 'Published',
  schedule: 'Scheduled',
  unpublish: 'Unpublished',
  'take-down': 'Take-down scheduled',
  archive: 'Archived',
  reopen: 'Reopened as draft',
}

/** "Submitted for review · Eun-ji Editor", or "Edited" for a version no workflow action made. */
export function versionEventLabel(version: { workflowEvent?: string | null; workflowEventBy?: string | null }): string {
  if (!isAction(version.workflowEvent)) return 'Edited'
  const label = EVENT_LABELS[version.workflowEvent]
  return version.workflowEventBy ? `${label} · ${version.workflowEventBy}` : label
}

/** Only `published` is live; a scheduled piece stays a Payload draft until the job publishes it. */
export const LIVE_STATES: readonly State[] = ['published']
export const isLiveState = (state: State): boolean => LIVE_STATES.includes(state)
export const payloadStatusFor = (state: State): 'draft' | 'published' => (isLiveState(state) ? 'published' : 'draft')

/** States a revision of published content can be in while the published version stays online. */
export const REVISION_STATES: readonly State[] = ['draft', 'in-review', 'changes-requested', 'approved', 'scheduled']
