import type { CollectionConfig } from 'payload'

import { admins, adminsFieldAccess, adminsOrSelf, adminsOrSelfField, authenticated, isLoggedIn } from '../../src/access'
import { serverUrl } from '../../src/server/env'
import { ROLE_LABELS, ROLES } from '../../src/shared/roles'
import { guardRoles } from './hooks/guardRoles'
import { equalLoginWork, sameAnswerWhenLocked } from './hooks/uniformLogin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // Over https the session cookie never travels in clear text.
    cookies: { secure: serverUrl().startsWith('https:'), sameSite: 'Lax' },
  },
  hooks: { beforeOperation: [equalLoginWork], afterError: [sameAnswerWhenLocked] },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'credentials'],
    group: 'Settings',
  },
  access: {
    // Staff only: every account holds a role, and the admin panel is for staff.
    admin: isLoggedIn,
    create: admins,
    read: authenticated,
    update: adminsOrSelf,
    delete: admins,
    unlock: admins,
  },
  fields: [
    {
      // Merged with Payload's auth email field: colleagues see names, not addresses.
      name: 'email',
      type: 'email',
      access: { read: adminsOrSelfField },
      // The auth form renders the email itself; without this the merged field shows twice.
      // (Payload's create-first-user view ignores it: scripts/patch-dependencies.mjs filters
      // the field out there; a condition would hide both, since they are one field.)
      admin: { components: { Field: false } },
    },
    { name: 'name', type: 'text', required: true },
    {
      name: 'credentials',
      type: 'text',
      admin: { description: 'Shown with reviews and bylines, e.g. "MD, dermatologist".' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
      saveToJWT: true,
      hooks: { beforeValidate: [guardRoles] },
      // The first account is always an admin (guardRoles), so create-first-user, where nobody
      // is signed in yet, does not show the field.
      admin: { condition: (_data, _siblings, { user }) => Boolean(user) },
      access: { create: adminsFieldAccess, update: adminsFieldAccess },
    },
  ],
  timestamps: true,
}
