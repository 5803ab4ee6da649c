import type { Access, CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

import { forbidden } from '../server/errors'
import { isAdminUser } from './index'

const LOCKS = 'payload-locked-documents'

const holderOf = (data: unknown): string | undefined => {
  const user = (data as { user?: unknown } | undefined)?.user
  const value = user && typeof user === 'object' ? (user as { value?: unknown }).value : user
  if (value && typeof value === 'object') return String((value as { id?: unknown }).id)
  return value === undefined || value === null ? undefined : String(value)
}

/** Admins see and remove every lock; anyone else only the locks they hold. */
const holderOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return { 'user.value': { equals: req.user.id } }
}

/** Nobody takes a lock in someone else's name (others would get 423 on a document they never opened). */
const lockInOwnName: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || isAdminUser(req.user)) return data
  const holder = holderOf(data)
  if (holder !== undefined && holder !== String(req.user.id)) {
    throw forbidden('A document lock can only be taken in your own name.')
  }
  return data
}

/**
 * Payload adds its lock collection itself, after plugins run, with "any signed-in user" rules:
 * any editor could delete anyone's lock or create one in the admin's name. Its rules are
 * tightened on the built config, the only place the collection exists. Payload's own locking
 * (the admin's edit view) runs through the Local API with the editor's own user, so it passes.
 */
export function hardenDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) return config
  locks.access = { ...locks.access, read: holderOrAdminOrStaffRead, update: holderOrAdmin, delete: holderOrAdmin }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks.beforeChange ?? []), lockInOwnName] }
  return config
}

// Everyone signed in may see who holds a lock: the admin shows "X is editing".
const holderOrAdminOrStaffRead: Access = ({ req }) => Boolean(req.user)
