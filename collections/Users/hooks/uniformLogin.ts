import crypto from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, LockedAuth, type CollectionAfterErrorHook, type CollectionBeforeOperationHook } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload 3.90's password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// the work a wrong password for a real account costs.
const HASH_ITERATIONS = 600_000
const HASH_KEY_LENGTH = 32

/**
 * A login for an unknown email (or a locked account) answered in 10 ms, a wrong password for a
 * real one in 160 ms: the timing told which addresses have accounts. Both now do the same
 * password hashing before Payload answers.
 */
export const equalLoginWork: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  const found = email
    ? await req.payload.db.findOne<{ id: number; lockUntil?: string | null }>({
        collection: 'users',
        where: { email: { equals: email } },
        req,
      })
    : null
  const locked = found?.lockUntil ? new Date(found.lockUntil).getTime() > Date.now() : false
  if (!found || locked) await pbkdf2(password, crypto.randomBytes(32), HASH_ITERATIONS, HASH_KEY_LENGTH, 'sha256')
  return args
}

/**
 * A locked account gets the same answer as a wrong password, so the lockout message does not
 * confirm that an address has an account (README "Security": the lockout trade-off).
 */
export const sameAnswerWhenLocked: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth) && (error as { name?: string }).name !== 'LockedAuth') return
  const generic = new AuthenticationError(req.t)
  return { status: generic.status, response: { errors: [{ message: generic.message }] } }
}
