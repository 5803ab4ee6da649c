import type { Field } from 'payload'

import { staffField } from '../../access'
import { ACTIONS, EVENT_LABELS, STATE_LABELS, STATES } from '../machine'

/**
 * The workflow's data on every editorial document. Users never write these directly: the
 * guard hook refuses it, and the workflow endpoint writes them with a context flag.
 */
/** The review panel: state, action buttons, checklist, sign-off and comments. */
export const workflowPanelField = (): Field => ({
  name: 'workflowPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/workflow/admin/WorkflowPanel#WorkflowPanel' } },
})

export const workflowFields = (): Field[] => [
  {
    name: 'workflowState',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    admin: { position: 'sidebar', readOnly: true, description: 'Changed only by workflow actions.' },
  },
  {
    name: 'assignee',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffField },
    filterOptions: { roles: { in: ['reviewer', 'admin', 'medical-reviewer'] } },
    admin: { position: 'sidebar', description: 'The reviewer (or medical reviewer) asked to review this.' },
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    // Everyone who changed the content since it was last published (four eyes).
    name: 'editedBy',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    access: { read: staffField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'contentVersion',
    type: 'text',
    access: { read: staffField },
    admin: { hidden: true },
  },
  {
    name: 'publishAt',
    type: 'date',
    access: { read: staffField },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    // A reviewer's "take down at": the scheduled unpublish of the online version.
    name: 'unpublishAt',
    label: 'Take down at',
    type: 'date',
    access: { read: staffField },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    // Why the last scheduled publish or take-down did not happen; cleared by the next
    // workflow action. The review panel and the dashboard's "Overdue / failed" queue show it.
    name: 'scheduleIssue',
    type: 'text',
    access: { read: staffField },
    admin: { hidden: true },
  },
  {
    // The workflow action that made this version, and who took it: each version row Payload
    // snapshots carries them, so the version list reads "Submitted for review · Eun-ji"
    // instead of rows of "Draft". Only the workflow's own write sets them (trackContentChanges).
    name: 'workflowEvent',
    type: 'select',
    options: ACTIONS.map((value) => ({ value, label: EVENT_LABELS[value] })),
    access: { read: staffField },
    admin: { hidden: true },
  },
  {
    name: 'workflowEventBy',
    type: 'text',
    access: { read: staffField },
    admin: { hidden: true },
  },
  {
    // Public on purpose: the site shows "Medically reviewed by … on …".
    name: 'signOff',
    type: 'group',
    label: 'Medical sign-off',
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      { name: 'by', type: 'relationship', relationTo: 'users', access: { read: staffField } },
      { name: 'name', type: 'text' },
      { name: 'credentials', type: 'text' },
      { name: 'at', type: 'date' },
      { name: 'version', type: 'text', access: { read: staffField } },
      { name: 'reviewDueAt', type: 'date', index: true },
    ],
  },
]

/** Fields that are workflow or system data, not content: excluded from the content hash. */
export const NON_CONTENT_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  // Trash state (Payload's trash): moving to and from the trash is not an edit.
  'deletedAt',
  '_status',
  'workflowState',
  'assignee',
  'author',
  'editedBy',
  'contentVersion',
  'publishAt',
  'unpublishAt',
  'scheduleIssue',
  'workflowEvent',
  'workflowEventBy',
  'signOff',
  'importSource',
  'reviewNote',
  'generateSlug',
  'readingTime',
  'publishedAt',
  // join fields are computed reverse relations
  'articles',
])
