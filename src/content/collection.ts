import type { CollectionConfig, CollectionSlug } from 'payload'

import { admins, publishedOrStaff, staff, trashByReviewersDeleteByAdmins, withRoles } from '../access'
import { resolvePayloadSecret, serverUrl } from '../server/env'
import type { ContentCollection } from '../shared/collections'
import { isPreviewCollection, previewLink, requestOrigin } from '../site/preview/link'
import { revalidateAfterChange, revalidateAfterDelete } from './revalidationHooks'
import { redirectOldSlug, rememberPublicSlug } from './slugRedirects'
import { refuseStaleWrites } from './staleWrites'
import { workflowEndpoint, workflowStatusEndpoint } from '../workflow/payload/endpoint'
import { editableInWorkflow } from '../workflow/payload/access'
import { workflowFields, workflowPanelField } from '../workflow/payload/fields'
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
          // Unpublishing is the reviewer's workflow action in the review panel.
          UnpublishButton: '/src/workflow/admin/WorkflowPublishButton#WorkflowPublishButton',
          Status: '/src/workflow/admin/WorkflowStatus#WorkflowStatus',
        },
        views: {
          ...config.admin?.components?.views,
          edit: {
            // Each version says which workflow action made it (Payload's list has no column hook).
            versions: { Component: '/src/workflow/admin/VersionsView#VersionsView' },
          },
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
      update: editableInWorkflow,
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
    // The review panel first: it heads the sidebar, above the collection's own sidebar fields
    // (an imported article's provenance once pushed it ~1,400 px down).
    fields: [workflowPanelField(), ...config.fields, ...workflowFields()],
  }
}

/**
 * The admin's Preview button and Live Preview pane, for collections with pages of their own:
 * both open the draft-preview route, which shows the latest draft to signed-in staff only.
 */
function previewOptions(collection: string): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  if (!isPreviewCollection(collection)) return {}
  const link = (slug: unknown, req?: { headers?: Headers }) =>
    previewLink({ collection, slug, origin: requestOrigin(req?.headers, serverUrl()), payloadSecret: resolvePayloadSecret() })
  return {
    preview: (doc, options) => link(doc.slug, options?.req),
    livePreview: {
      url: (args) => link(args.data.slug, args.req),
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 740 },
        { label: 'Tablet', name: 'tablet', width: 820, height: 1180 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  }
}
