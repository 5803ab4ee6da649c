import type { CollectionConfig, CollectionSlug } from 'payload'

import { admins, publishedOrStaff, staff, trashByReviewersDeleteByAdmins, withRoles } from '../access'
import { resolvePayloadSecret, serverUrl } from '../server/env'
import type { ContentCollection } from '../shared/collections'
import { isPreviewCollection, previewLink } from '../site/preview/link'
import { revalidateAfterChange, revalidateAfterDelete } from './revalidationHooks'
import { redirectOldSlug, rememberPublicSlug } from './slugRedirects'
import { refuseStaleWrites } from './staleWrites'
import { workflowEndpoint, workflowStatusEndpoint } from '../workflow/payload/endpoint'
import { workflowFields } from '../workflow/payload/fields'
import { guardWorkflowWrites, trackContentChanges } from '../workflow/payload/hooks'
import { keepLiveVersion } from '../workflow/payload/liveGuard'

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
      ...previewOptions(config.slug),
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: '/src/workflow/admin/WorkflowPublishButton#WorkflowPublishButton',
        },
      },
    },
    // Deleting moves to the trash (restorable); only admins empty it (issue #11).
    trash: true,
    versions: {
      drafts: { autosave: { interval: 2000 }, validate: false },
      maxPerDoc: 100,
    },
    access: {
      read: publishedOrStaff,
      readVersions: staff,
      // Medical reviewers sign off; they do not write (they could create, then not edit).
      create: withRoles('admin', 'editor', 'reviewer'),
      update: staff,
      delete: trashByReviewersDeleteByAdmins,
      unlock: admins,
      ...config.access,
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [keepLiveVersion as never, ...(config.hooks?.beforeOperation ?? [])],
      beforeValidate: [guardWorkflowWrites, ...(config.hooks?.beforeValidate ?? [])],
      beforeChange: [refuseStaleWrites, ...(config.hooks?.beforeChange ?? []), trackContentChanges, rememberPublicSlug],
      afterChange: [...(config.hooks?.afterChange ?? []), redirectOldSlug, revalidateAfterChange],
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

/**
 * The admin's Preview button and Live Preview pane, for collections with pages of their own:
 * both open the draft-preview route, which shows the latest draft to signed-in staff only.
 */
function previewOptions(collection: string): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  if (!isPreviewCollection(collection)) return {}
  const link = (slug: unknown) =>
    previewLink({ collection, slug, origin: serverUrl(), payloadSecret: resolvePayloadSecret() })
  return {
    preview: (doc) => link(doc.slug),
    livePreview: {
      url: ({ data }) => link(data.slug),
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 740 },
        { label: 'Tablet', name: 'tablet', width: 820, height: 1180 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  }
}
