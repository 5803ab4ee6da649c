import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphqlBudget } from '@/server/budget/rest'

// The body limit applies before Payload parses or authenticates; the query's cost and depth
// are checked by the validation rules in payload.config.ts.
export const POST = withGraphqlBudget(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
