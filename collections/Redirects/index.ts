import type { Field, TextField, TextFieldSingleValidation } from 'payload'
import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'

import { anyone, withRoles } from '../../src/access'
import { revalidateAfterChange, revalidateAfterDelete } from '../../src/content/revalidationHooks'
import { normalizeRedirectPath } from '../../src/site/redirectPaths'

/**
 * Overrides for Payload's redirects plugin: the collection behind "this URL moved". Entries
 * are written automatically when a published slug changes (`src/content/slugRedirects.ts`)
 * and can be added by hand for outside links (an old WordPress URL, a print campaign).
 * Visitors read them — every site request is checked against them — but only the people who
 * publish may change where a URL leads.
 */
const validateFrom: TextFieldSingleValidation = (value) =>
  normalizeRedirectPath(value) ? true : 'Give a path on this site, such as /blog/old-article (not /admin or /api).'

export const redirectsOverrides: RedirectsPluginConfig['overrides'] = {
  admin: {
    group: 'Site',
    useAsTitle: 'from',
    defaultColumns: ['from', 'to.type', 'type', 'updatedAt'],
    description: 'Old addresses and where they now lead (301). Slug changes of published pages add one automatically.',
  },
  access: {
    read: anyone,
    create: withRoles('admin', 'reviewer'),
    update: withRoles('admin', 'reviewer'),
    delete: withRoles('admin', 'reviewer'),
  },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        // Stored in one form so the lookup is an exact match: "/blog/x/" and "blog/x" mean "/blog/x".
        if (data && typeof data.from === 'string') data.from = normalizeRedirectPath(data.from) ?? data.from
        return data
      },
    ],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
    defaultFields.map((field) =>
      'name' in field && field.name === 'from' && field.type === 'text'
        ? ({ ...field, hasMany: false, validate: validateFrom, admin: { description: 'A path on this site, e.g. /blog/old-slug.' } } as TextField)
        : 'name' in field && field.name === 'type' && field.type === 'select'
          ? { ...field, defaultValue: '301' }
          : field,
    ),
}
