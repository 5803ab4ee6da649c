import { describe, expect, it } from 'vitest'

import { expectServerErrors, resetExpectedErrors, unexpectedErrors } from '../helpers/serverLog'

describe('the server-log rule', () => {
  it('flags Payload ERROR lines and Next ⨯ lines, but not 4xx refusals or declared errors', () => {
    const lines = [
      '[23:13:18] \u001b[31mERROR\u001b[39m: \u001b[36mNot Found\u001b[39m',
      '[23:13:18] ERROR: You are not allowed to perform this action.',
      '[23:13:18] ERROR: Failed query: select 1',
      ' ⨯ Error: Route "/admin/[[...segments]]": revalidateTag("articles") can\'t be called during render',
      '[23:13:18] INFO: Starting',
      '[23:13:18] ERROR: Error running task 1. Attempt 1/4',
    ]
    expectServerErrors(/Error running task/)
    expect(unexpectedErrors(lines)).toEqual([
      '[23:13:18] ERROR: Failed query: select 1',
      ' ⨯ Error: Route "/admin/[[...segments]]": revalidateTag("articles") can\'t be called during render',
    ])
    resetExpectedErrors()
    expect(unexpectedErrors(lines)).toHaveLength(3)
  })
})
