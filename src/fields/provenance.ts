import type { Field } from 'payload'

import { staffField } from '../access'

/**
 * Where an imported document came from. `contentHash` is the hash of what the importer
 * wrote, so a re-import can tell an untouched document from one an editor has changed.
 */
export const importProvenance = (): Field => ({
  name: 'importSource',
  type: 'group',
  label: 'Import provenance',
  // Staff only: file names and hashes of the import are nobody else's business.
  access: { read: staffField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.importSource?.fileName),
  },
  fields: [
    { name: 'fileName', type: 'text', index: true },
    { name: 'sourceHash', type: 'text' },
    { name: 'contentHash', type: 'text' },
    { name: 'importedAt', type: 'date' },
    { name: 'importedBy', type: 'text', admin: { description: 'The user who ran the import, or "system import".' } },
  ],
})

/** Set on documents an import created without an editor's input (e.g. a new treatment). */
export const reviewNote = (): Field => ({
  name: 'reviewNote',
  type: 'text',
  access: { read: staffField },
  admin: {
    position: 'sidebar',
    description: 'Why this document needs an editor, e.g. "created by import, needs review".',
  },
})
