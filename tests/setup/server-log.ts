import { afterAll, beforeAll, inject } from 'vitest'

import { resetExpectedErrors, ServerLog, unexpectedErrors, workerLogs } from '../helpers/serverLog'

/*
 * For http and browser test files: fail the file when an app server it used logged an error
 * the file did not declare (see tests/helpers/serverLog.ts).
 */
const sharedFile = inject('serverLogFile')
const shared = sharedFile ? new ServerLog(sharedFile) : null

beforeAll(() => {
  shared?.skipToEnd()
})

afterAll(async () => {
  // Errors logged by after() tasks and commit watches land a moment after the response.
  await new Promise((resolve) => setTimeout(resolve, 500))
  const lines = [...(shared?.newLines() ?? []), ...[...workerLogs].flatMap((log) => log.newLines())]
  workerLogs.clear()
  const unexpected = unexpectedErrors(lines)
  resetExpectedErrors()
  if (unexpected.length) {
    throw new Error(
      `The app server logged ${unexpected.length} unexpected error line(s) (declare deliberate ones with expectServerErrors):\n` +
        unexpected.slice(0, 20).join('\n'),
    )
  }
})
