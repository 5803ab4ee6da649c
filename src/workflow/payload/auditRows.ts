import type { PostgresAdapter } from '@payloadcms/db-postgres'
import {
  afterChangeTraverseFields,
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  ValidationError,
  type JsonObject,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type ValidationFieldError,
} from 'payload'

import type { WorkflowEvent } from '../../../payload-types'
import { transactionDb } from '../../server/db/transaction'

/*
 * Audit rows written many at a time (an import's batch of articles): each row goes through the
 * collection's field hooks and validation exactly as `payload.create` runs them, then all rows are
 * stored with one INSERT instead of an insert and a read-back each. Only while the collection
 * keeps the shape that makes that equivalent (flat columns, no collection hooks); otherwise each
 * row is created through the Local API as before.
 */

const COLLECTION = 'workflow-events'

/** What an audit row holds before Payload adds its id and timestamps. */
export type WorkflowEventData = Omit<WorkflowEvent, 'id' | 'createdAt' | 'updatedAt'>

/** Field types whose value is stored in a column of the collection's own table, unchanged but for dates. */
const COLUMN_FIELDS = new Set(['text', 'textarea', 'email', 'number', 'checkbox', 'select', 'date', 'relationship'])

/** Collection hooks a create runs: if any exists, rows are created one by one so that it runs. */
const CREATE_HOOKS = [
  'beforeOperation',
  'beforeValidate',
  'beforeChange',
  'afterChange',
  'afterRead',
  'afterOperation',
] as const

/** Whether a row of this collection is one INSERT into its own table, with no collection-level code around it. */
export function insertableTogether(config: SanitizedCollectionConfig): boolean {
  if (config.auth || config.upload || config.versions || config.trash) return false
  if (CREATE_HOOKS.some((name) => (config.hooks?.[name]?.length ?? 0) > 0)) return false
  return config.flattenedFields.every(
    (field) =>
      COLUMN_FIELDS.has(field.type) &&
      !('localized' in field && field.localized) &&
      !('hasMany' in field && field.hasMany) &&
      (field.type !== 'relationship' || typeof field.relationTo === 'string'),
  )
}

/**
 * Write these audit rows in the caller's transaction (`req`): they stand or fall with the
 * changes they record. A row that fails validation throws Payload's ValidationError and nothing
 * of the call is written (the transaction is the caller's to roll back).
 */
export async function createWorkflowEvents(
  payload: Payload,
  req: PayloadRequest,
  rows: WorkflowEventData[],
): Promise<void> {
  if (!rows.length) return
  const config = payload.collections[COLLECTION].config
  const adapter = payload.db as unknown as PostgresAdapter
  const db = await transactionDb(payload, req)
  if (!db || rows.length === 1 || !insertableTogether(config)) {
    for (const data of rows) await payload.create({ collection: COLLECTION, data, depth: 0, req, overrideAccess: true })
    return
  }
  const checked: JsonObject[] = []
  for (const data of rows) checked.push(await validated(config, req, data))
  const table = adapter.tables[adapter.tableNameMap.get('workflow_events') ?? 'workflow_events']
  const inserted = (await db
    .insert(table)
    .values(checked.map((data) => columnsOf(config, data)))
    .returning({ id: table.id })) as { id: number }[]
  // Field afterChange hooks (none today) see each stored row, as after a create.
  for (const [i, data] of checked.entries()) {
    const doc = { ...data, id: inserted[i].id }
    await afterChangeTraverseFields({
      collection: config,
      context: req.context,
      data: { ...rows[i] },
      doc,
      fields: config.fields,
      global: null,
      operation: 'create',
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      previousDoc: {},
      previousSiblingDoc: {},
      req,
      siblingData: doc,
      siblingDoc: doc,
    })
  }
}

/** A create's beforeValidate and beforeChange field passes (defaults, field hooks, validation) over one row. */
async function validated(
  config: SanitizedCollectionConfig,
  req: PayloadRequest,
  input: WorkflowEventData,
): Promise<JsonObject> {
  const common = {
    collection: config,
    context: req.context,
    fields: config.fields,
    global: null,
    operation: 'create' as const,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
  }
  const data: JsonObject = { ...input }
  await beforeValidateTraverseFields({ ...common, data, doc: {}, siblingData: data, siblingDoc: {} })
  const errors: ValidationFieldError[] = []
  const mergeLocaleActions: (() => Promise<void> | void)[] = []
  await beforeChangeTraverseFields({
    ...common,
    data,
    doc: {},
    docWithLocales: {},
    errors,
    fieldLabelPath: '',
    mergeLocaleActions,
    siblingData: data,
    siblingDoc: {},
    siblingDocWithLocales: {},
  })
  if (errors.length) throw new ValidationError({ collection: config.slug, errors, req }, req.t)
  for (const action of mergeLocaleActions) await action()
  return data
}

/** The row drizzle inserts: each field's column, dates as ISO strings; `updatedAt` is now unless given, as Payload's write sets it. */
function columnsOf(config: SanitizedCollectionConfig, data: JsonObject): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  for (const field of config.flattenedFields) {
    let value = data[field.name]
    if (field.name === 'updatedAt' && value === undefined) value = new Date().toISOString()
    if (value === undefined) continue
    if (field.type === 'date' && (value instanceof Date || typeof value === 'number'))
      value = new Date(value).toISOString()
    if (field.type === 'relationship' && value && typeof value === 'object' && 'id' in value)
      value = (value as { id: unknown }).id
    row[field.name] = value
  }
  return row
}
