import type { CollectionConfig } from 'payload'

import { admins, staff } from '../../src/access'
import { CONTENT_COLLECTIONS } from '../../src/shared/collections'
import { setCommentAuthor } from './hooks/setCommentAuthor'

/** Review comments: one thread per document, for staff in the admin, never public. */
export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  admin: { group: 'Workflow', useAsTitle: 'text', defaultColumns: ['doc', 'text', 'author', 'resolved', 'createdAt'] },
  access: {
    read: staff,
    create: staff,
    // Authors edit their own comments (resolve included); admins moderate.
    update: ({ req }) => (req.user ? (admins({ req } as never) ? true : { author: { equals: req.user.id } }) : false),
    delete: admins,
  },
  hooks: { beforeChange: [setCommentAuthor] },
  fields: [
    { name: 'doc', type: 'relationship', relationTo: [...CONTENT_COLLECTIONS], required: true, index: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'author', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'resolved', type: 'checkbox', defaultValue: false },
  ],
  timestamps: true,
}
