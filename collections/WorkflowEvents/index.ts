import type { CollectionConfig } from 'payload'

import { nobody, staff } from '../../src/access'
import { ACTIONS, STATES } from '../../src/workflow/machine'

/**
 * The audit trail: one row per workflow transition, appended by the workflow adapters through
 * the Local API. Nobody, admins included, updates or deletes a row through any API.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  labels: { singular: 'Workflow event', plural: 'Audit trail' },
  admin: {
    group: 'Workflow',
    useAsTitle: 'summary',
    defaultColumns: ['at', 'summary', 'actorName', 'note'],
  },
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    { name: 'summary', type: 'text', admin: { readOnly: true } },
    { name: 'collectionSlug', type: 'text', required: true, index: true },
    { name: 'docId', type: 'number', required: true, index: true },
    { name: 'docTitle', type: 'text' },
    {
      name: 'action',
      type: 'select',
      options: [...ACTIONS, 'import', 'release', 'schedule-failed'].map((v) => ({ value: v, label: v })),
      required: true,
    },
    { name: 'from', type: 'select', options: STATES.map((v) => ({ value: v, label: v })) },
    { name: 'to', type: 'select', options: STATES.map((v) => ({ value: v, label: v })), required: true },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorName', type: 'text', admin: { description: 'Name at the time, or "system import" / "scheduler".' } },
    { name: 'version', type: 'text', admin: { description: 'Content version the action applied to.' } },
    { name: 'note', type: 'textarea' },
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
  timestamps: true,
}
