import type { CollectionConfig, CollectionSlug } from 'payload'

import { admins, publishedOrStaff, staff, withRoles } from '../access'
import type { ContentCollection } from '../shared/collections'
import { revalidateAfterChange, revalidateAfterDelete } from './revalidationHooks'
import { workflowEndpoint, workflowStatusEndpoint } from '../workflow/payload/endpoint'
import { workflowFields } from '../workflow/payload/fields'
import { guardWorkflowWrites, trackContentChanges } from '../workflow/payload/hooks'

/**
 * What every editorial collection shares: drafts with autosave, version history, published-only
 * reads for visitors, and the editorial workflow (its fields, the guard that keeps every write
 * route from publishing, and the POST /:id/workflow endpoint).
 */
export function editorialCollection<S extends ContentCollection & CollectionSlug>(
  config: CollectionConfig<S> & { slug: S },
): CollectionConfig<S> {
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: '/src/workflow/admin/WorkflowPublishButton#WorkflowPublishButton',
        },
      },
    },
    versions: {
      drafts: { autosave: { interval: 2000 }, validate: false },
      maxPerDoc: 100,
    },
    access: {
      read: publishedOrStaff,
      readVersions: staff,
      create: staff,
      update: staff,
      delete: withRoles('admin', 'reviewer'),
      unlock: admins,
      ...config.access,
    },
    hooks: {
      ...config.hooks,
      beforeValidate: [guardWorkflowWrites, ...(config.hooks?.beforeValidate ?? [])],
      beforeChange: [...(config.hooks?.beforeChange ?? []), trackContentChanges],
      afterChange: [...(config.hooks?.afterChange ?? []), revalidateAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), revalidateAfterDelete],
    },
    endpoints: [
      workflowEndpoint(config.slug),
      workflowStatusEndpoint(config.slug),
      ...(Array.isArray(config.endpoints) ? config.endpoints : []),
    ],
    fields: [...config.fields, ...workflowFields()],
  }
}
