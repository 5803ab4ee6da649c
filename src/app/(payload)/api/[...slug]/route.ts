import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { restoreAsDraft } from '@/server/api/restoreAsDraft'
import { withRestBudget } from '@/server/budget/rest'

// Budgets (body size, query size) are checked before Payload parses or authenticates.
export const GET = withRestBudget(REST_GET(config))
export const POST = withRestBudget(restoreAsDraft(REST_POST(config)))
export const DELETE = withRestBudget(REST_DELETE(config))
export const PATCH = withRestBudget(REST_PATCH(config))
export const PUT = withRestBudget(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
