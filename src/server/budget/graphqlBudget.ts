import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  type ValidationRule,
} from 'graphql'
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity'

import { LIMITS } from './limits'
import { checkWhere } from './where'

/** Nodes in an argument value: a 60,000-clause OR weighs ~180,000, a slug lookup 3. */
function weight(value: unknown): number {
  let nodes = 0
  const stack: unknown[] = [value]
  while (stack.length) {
    const item = stack.pop()
    nodes++
    if (Array.isArray(item)) stack.push(...item)
    else if (item && typeof item === 'object') stack.push(...Object.values(item))
  }
  return nodes
}

/**
 * A cost rule that counts what the server will actually fetch: a field costs once per row it
 * is resolved for, so the rows a list asks for (its `limit`, Payload's default 10, or an assumed
 * size for relationship lists without one) multiply everything inside it. Payload's own
 * complexity rule counts each field once, which let four nested joins through at 1000 × the
 * work of one. Arguments weigh by their size (a mutation's `data` is bounded by the body limit).
 */
function costEstimator(problems: string[]): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__') || getNamedType(field.type).name.startsWith('__')) return 1 + childComplexity
    const { data: _data, ...rest } = args
    const own = 1 + (Object.keys(rest).length ? weight(rest) - 1 : 0)
    if (args.where) {
      const verdict = checkWhere(args.where)
      if (verdict) problems.push(`${field.name}: ${verdict}`)
    }
    let rows = 1
    if (field.args.some((arg) => arg.name === 'limit')) {
      if (args.pagination === false) problems.push(`${field.name}: unpaginated lists are not served; page with "limit".`)
      const limit = args.limit === undefined || args.limit === null ? 10 : Number(args.limit)
      if (!(limit >= 1 && limit <= LIMITS.pageSize))
        problems.push(`${field.name}: "limit" must be a number from 1 to ${LIMITS.pageSize}.`)
      rows = Math.max(1, Math.min(limit || LIMITS.pageSize, LIMITS.pageSize))
    } else if (isListType(getNullableType(field.type)) && !isPageOfDocs(type, field.name)) {
      rows = LIMITS.graphqlAssumedListSize
    }
    return own + rows * childComplexity
  }
}

// `docs` inside a paginated result: its rows were already counted by the parent's `limit`.
const isPageOfDocs = (type: unknown, fieldName: string) =>
  fieldName === 'docs' && isObjectType(type) && ('totalDocs' in type.getFields() || 'hasNextPage' in type.getFields())

/** The validation rules Payload adds to its own, built per request (they need its variables). */
export function graphqlBudgetRules(args: { variableValues?: Record<string, unknown> | null }): ValidationRule[] {
  const problems: string[] = []
  return [
    maxDepthRule({
      n: LIMITS.graphqlDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      // Reported as a validation error (400); thrown, it would become a 500.
      propagateOnRejection: false,
      onReject: [(context, error) => context?.reportError(error)],
    }),
    createComplexityRule({
      maximumComplexity: LIMITS.graphqlCost,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
      estimators: [costEstimator(problems)],
      createError: (max, actual) =>
        new GraphQLError(
          problems.length
            ? `Over the request budget: ${problems.slice(0, 3).join(' ')}`
            : `The query would fetch too much: its cost is ${actual}, the limit ${max} (each field counts once per row it is fetched for). Ask for fewer rows or nest fewer relationships.`,
        ),
    }),
    // A problem found under the cost limit still refuses the query.
    (context) => ({
      Document: {
        leave() {
          if (problems.length) context.reportError(new GraphQLError(`Over the request budget: ${problems.slice(0, 3).join(' ')}`))
        },
      },
    }),
  ]
}
