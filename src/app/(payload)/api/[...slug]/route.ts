import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withPublicApiCache } from '@/server/api/publicCache'
import { restoreAsDraft } from '@/server/api/restoreAsDraft'
import { withRestBudget } from '@/server/budget/rest'

// Budgets (body size, query size) are checked before Payload parses or authenticates; then an
// anonymous read of published content may come from the shared cache (publicCache.ts).
export const GET = withRestBudget(withPublicApiCache(REST_GET(config), config))
export const POST = withRestBudget(restoreAsDraft(REST_POST(config)))
export const DELETE = withRestBudget(REST_DELETE(config))
export const PATCH = withRestBudget(REST_PATCH(config))
export const PUT = withRestBudget(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
