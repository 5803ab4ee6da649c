import { LIMITS } from './limits'

/** Why a query is over budget, in words a caller can act on; null when it is within. */
export type BudgetVerdict = string | null

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A list value as Payload reads it: an array, an object with index keys (qs), or "a,b,c". */
function listLength(value: unknown): number {
  if (Array.isArray(value)) return value.length
  if (isObject(value)) return Object.keys(value).length
  if (typeof value === 'string') return value.split(',').length
  return 1
}

/**
 * Walks a `where` without recursion past the depth limit (a deep `and` chain must not blow the
 * stack, which is what 200k ids did before: "Maximum call stack size exceeded", a 500).
 */
export function checkWhere(where: unknown): BudgetVerdict {
  if (where === undefined || where === null || where === '') return null
  if (!isObject(where)) return 'The "where" parameter must be an object of field conditions.'
  let conditions = 0
  const stack: { node: Record<string, unknown>; depth: number }[] = [{ node: where, depth: 1 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (depth > LIMITS.whereDepth) return `The "where" nests and/or more than ${LIMITS.whereDepth} levels deep.`
    for (const [key, value] of Object.entries(node)) {
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        const branches = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : []
        if (branches.length > LIMITS.whereConditions)
          return `The "where" has more than ${LIMITS.whereConditions} conditions.`
        for (const branch of branches) if (isObject(branch)) stack.push({ node: branch, depth: depth + 1 })
        continue
      }
      if (!isObject(value)) {
        conditions++
        continue
      }
      for (const [operator, operand] of Object.entries(value)) {
        if (isObject(operand) && !LIST_OPERATORS.has(operator) && operator !== 'near' && operator !== 'within' && operator !== 'intersects') {
          // A nested field path written as an object ({ author: { name: { equals } } }).
          stack.push({ node: { [operator]: operand }, depth: depth + 1 })
          continue
        }
        conditions++
        if (LIST_OPERATORS.has(operator) && listLength(operand) > LIMITS.listValues)
          return `"${key} ${operator}" lists more than ${LIMITS.listValues} values; ask in pages.`
      }
      if (conditions > LIMITS.whereConditions) return `The "where" has more than ${LIMITS.whereConditions} conditions.`
    }
    if (conditions > LIMITS.whereConditions) return `The "where" has more than ${LIMITS.whereConditions} conditions.`
  }
  return null
}

const asNumber = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : NaN
}

/**
 * limit, depth and join limits of a REST query (already parsed by qs, as Payload parses it).
 * Reads must page; bulk writes (PATCH/DELETE with a `where`) may say `limit=0`, as the admin's
 * bulk actions do, because their `where` is bounded above.
 */
export function checkQuery(query: Record<string, unknown>, method: string): BudgetVerdict {
  const whereVerdict = checkWhere(query.where)
  if (whereVerdict) return whereVerdict
  const reading = method === 'GET' || method === 'HEAD'
  const limit = asNumber(query.limit)
  if (limit !== undefined && (Number.isNaN(limit) || limit < 0 || limit > LIMITS.pageSize || (reading && limit === 0)))
    return `"limit" must be a number from 1 to ${LIMITS.pageSize}.`
  if (reading && (query.pagination === 'false' || query.pagination === false))
    return `Unpaginated lists are not served over the API; page with "limit" (at most ${LIMITS.pageSize}) and "page".`
  const depth = asNumber(query.depth)
  if (depth !== undefined && (Number.isNaN(depth) || depth < 0 || depth > LIMITS.depth))
    return `"depth" must be a number from 0 to ${LIMITS.depth}.`
  if (isObject(query.joins)) {
    for (const [name, join] of Object.entries(query.joins)) {
      if (!isObject(join)) continue
      const joinLimit = asNumber(join.limit)
      if (joinLimit !== undefined && (Number.isNaN(joinLimit) || joinLimit < 1 || joinLimit > LIMITS.pageSize))
        return `"joins[${name}][limit]" must be a number from 1 to ${LIMITS.pageSize}.`
      const joinWhere = checkWhere(join.where)
      if (joinWhere) return `joins[${name}]: ${joinWhere}`
    }
  }
  return null
}
