import type { CollectionBeforeChangeHook } from 'payload'

/** The author is whoever writes the comment, never a value sent by the client. */
export const setCommentAuthor: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') data.author = req.user?.id ?? data.author
  else data.author = originalDoc?.author
  return data
}
