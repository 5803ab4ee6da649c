import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, type Role } from '../shared/roles'

/*
 * Every access rule is a small named function. Boolean rules work for collections and fields;
 * rules returning a `Where` filter rows and are collection-only.
 */

type User = PayloadRequest['user']

export const isAdminUser = (user: User): boolean => hasRole(user, 'admin')

export const anyone: Access = () => true

export const nobody: Access = () => false

export const authenticated: Access = ({ req }) => Boolean(req.user)

/** Boolean form, for the admin panel gate and field rules. */
export const isLoggedIn = ({ req }: { req: PayloadRequest }): boolean => Boolean(req.user)

export const admins: Access = ({ req }) => isAdminUser(req.user)

export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => isAdminUser(req.user)

export const withRoles =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...roles)

/** Admins see all rows; anyone else only their own (a Where on id). */
export const adminsOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return { id: { equals: req.user.id } }
}

export const adminsFieldAccess: FieldAccess = ({ req }) => isAdminUser(req.user)

/** For a field on the users collection: admins and the user the document is. */
export const adminsOrSelfField: FieldAccess = ({ req, id, doc }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const docId = id ?? (doc as { id?: unknown } | undefined)?.id
  return docId !== undefined && String(docId) === String(req.user.id)
}

/** Everyone who works in the admin: any account holding a role. */
export const isStaffUser = (user: User): boolean => hasRole(user, 'admin', 'editor', 'reviewer', 'medical-reviewer')

export const staff: Access = ({ req }) => isStaffUser(req.user)

export const staffField: FieldAccess = ({ req }) => isStaffUser(req.user)

/**
 * Visitors see published documents only; staff see drafts too. A Where, so REST, GraphQL
 * and the Local API with overrideAccess: false all filter the same rows.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}

/**
 * With trash on, `delete` decides both: moving to the trash (Payload passes the `deletedAt`
 * being set) is for reviewers and admins, deleting for good is for admins only.
 */
export const trashByReviewersDeleteByAdmins: Access = ({ req, data }) => {
  if ((data as { deletedAt?: unknown } | undefined)?.deletedAt) return hasRole(req.user, 'admin', 'reviewer')
  return isAdminUser(req.user)
}

/** The people who publish: what they change goes live without another review. */
export const reviewersAndAdmins: Access = withRoles('admin', 'reviewer')
