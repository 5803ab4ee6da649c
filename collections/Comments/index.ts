import type { CollectionConfig, FieldAccess } from 'payload'

import { idOf } from '../../src/shared/canonical'
import { hasRole } from '../../src/shared/roles'

import { admins, staff } from '../../src/access'
import { CONTENT_COLLECTIONS } from '../../src/shared/collections'
import { setCommentAuthor } from './hooks/setCommentAuthor'

const ownCommentOrAdmin: FieldAccess = ({ req, doc }) =>
  Boolean(req.user) && (hasRole(req.user, 'admin') || String(idOf(doc?.author)) === String(req.user!.id))

/** Review comments: one thread per document, for staff in the admin, never public. */
export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  admin: { group: 'Workflow', useAsTitle: 'text', defaultColumns: ['doc', 'text', 'author', 'resolved', 'createdAt'] },
  access: {
    read: staff,
    create: staff,
    // Any staff member may resolve or reopen a comment (the editor who addressed it, the
    // reviewer who wrote it); only its author or an admin may change its text.
    update: staff,
    delete: admins,
  },
  hooks: { beforeChange: [setCommentAuthor] },
  fields: [
    { name: 'doc', type: 'relationship', relationTo: [...CONTENT_COLLECTIONS], required: true, index: true },
    { name: 'text', type: 'textarea', required: true, access: { update: ownCommentOrAdmin } },
    { name: 'author', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'resolved', type: 'checkbox', defaultValue: false },
  ],
  timestamps: true,
}
