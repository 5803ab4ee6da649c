import { ValidationError, type Config, type Field, type FieldHook, type Plugin } from 'payload'

/** Longest value a field of each kind takes unless it says otherwise. */
export const TEXT_LIMITS = { text: 1_000, textarea: 20_000 } as const

/**
 * Refuses an over-long value on every save. Payload's `maxLength` alone is not enough here:
 * drafts skip validation (`versions.drafts.validate: false`), and a draft is where a 50 MB
 * title used to go (issue #11).
 */
const enforceLength =
  (max: number): FieldHook =>
  ({ value, path, collection, req }) => {
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) {
      if (typeof item === 'string' && item.length > max) {
        throw new ValidationError({
          collection: collection?.slug,
          errors: [{ path: path.join('.'), message: `At most ${max} characters (this is ${item.length}).` }],
          req,
        })
      }
    }
    return value
  }

function limitFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'text' || field.type === 'textarea') {
      const max = field.maxLength ?? TEXT_LIMITS[field.type]
      return {
        ...field,
        maxLength: max,
        hooks: { ...field.hooks, beforeValidate: [enforceLength(max), ...(field.hooks?.beforeValidate ?? [])] },
      } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: limitFields(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: limitFields(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((b) => ({ ...b, fields: limitFields(b.fields) })) }
    return field
  })
}

/**
 * A length limit on every text and textarea field of every collection — plugins' fields
 * included, so it runs as the last plugin.
 */
export const textLimitsPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: limitFields(collection.fields) })),
})
