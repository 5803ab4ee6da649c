import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import type { Role } from '../../src/shared/roles'
import { unique } from './payload'

export const TEST_PASSWORD = 'correct-horse-battery-staple'

/** Create a staff account with the given roles through the Local API (as the system). */
export async function createUser(payload: Payload, roles: Role[], name?: string): Promise<User> {
  const email = `${unique(roles.join('-') || 'user')}@test.glassworks.example`
  return payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: name ?? `Test ${roles.join(' ')}`, roles },
  })
}

/** Make sure an admin exists first, so later users are not promoted as "the first user". */
export async function ensureAdmin(payload: Payload): Promise<User> {
  const found = await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })
  return found.docs[0] ?? createUser(payload, ['admin'], 'Test admin')
}
