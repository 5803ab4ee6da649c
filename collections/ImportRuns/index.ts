import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody, staff } from '../../src/access'

/** The uploaded files are the job's input only: no API answers with them. */
const noOne: FieldAccess = () => false

/**
 * A large import from the admin (src/import/admin/job.ts): the uploaded files, waiting in the
 * database for the job runner (which may be another process), and the progress and per-file
 * report the Import view polls. Staff read it; only the server writes it.
 */
export const ImportRuns: CollectionConfig<'import-runs'> = {
  slug: 'import-runs',
  labels: { singular: 'Import run', plural: 'Import runs' },
  admin: { hidden: true, useAsTitle: 'summary' },
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'summary', type: 'text' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'running', 'done', 'failed'].map((v) => ({ value: v, label: v })),
    },
    { name: 'total', type: 'number', required: true },
    { name: 'done', type: 'number', required: true, defaultValue: 0 },
    // Not required: deleting the account keeps the record of what was imported.
    { name: 'startedBy', type: 'relationship', relationTo: 'users' },
    // [{ name, data (base64) }]: bytes, not text, since the importer detects the encoding itself.
    { name: 'sources', type: 'json', access: { read: noOne, update: noOne, create: noOne } },
    // The ImportPreview of every file done so far, in upload order.
    { name: 'results', type: 'json' },
    { name: 'error', type: 'textarea' },
  ],
  timestamps: true,
}
