import type { FieldHook } from 'payload'

import { isAdminUser } from '../../../src/access'
import { forbidden } from '../../../src/server/errors'

const normalise = (roles: unknown): string => (Array.isArray(roles) ? roles.map(String).sort().join(',') : '')

/**
 * A field hook, because field hooks run before field access strips a forbidden value:
 * a role change is refused loudly (403) instead of being dropped without a word.
 * Only admins change roles and nobody changes their own (no self-promotion, no admin
 * locking themselves out). The very first user becomes an admin. Requests without a
 * user are the system (seed, CLI) and pass.
 */
export const guardRoles: FieldHook = async ({ value, previousValue, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({ collection: 'users', req })
    if (totalDocs === 0) return ['admin']
    return value
  }
  if (operation !== 'update' || !req.user || value === undefined) return value
  if (normalise(value) === normalise(previousValue)) return value
  if (originalDoc && String(originalDoc.id) === String(req.user.id)) {
    throw forbidden('You cannot change your own roles; ask another admin.')
  }
  if (!isAdminUser(req.user)) {
    throw forbidden('Only admins can change roles.')
  }
  return value
}
