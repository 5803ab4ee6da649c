/** Editorial roles. Pure data: shared by access rules, the workflow and tests. */
export const ROLES = ['admin', 'editor', 'reviewer', 'medical-reviewer'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor',
  reviewer: 'Reviewer',
  'medical-reviewer': 'Medical reviewer',
}

export interface HasRoles {
  roles?: readonly (Role | string)[] | null
}

export function hasRole(user: HasRoles | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role as Role)))
}
