import { defaultLoggerOptions, type PayloadLogger } from 'payload'
import { stdSerializers } from 'pino'

import { LIMITS } from './budget/limits'

const MAX_ITEMS = 20

/**
 * A copy of a log argument in which no string is longer than a few hundred characters and no
 * list longer than a few items. A failing INSERT's error carries the statement and every
 * parameter; with a 50 MB title that was ~420 MB of log per request (issue #11).
 */
export function boundedForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return value.length > LIMITS.loggedValueChars
      ? `${value.slice(0, LIMITS.loggedValueChars)}… [${value.length - LIMITS.loggedValueChars} more characters]`
      : value
  }
  if (value === null || typeof value !== 'object') return value
  if (depth > 6) return '[nested too deep]'
  if (value instanceof Error) return boundedForLog(stdSerializers.err(value), depth)
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => boundedForLog(item, depth + 1))
    if (value.length > MAX_ITEMS) items.push(`… [${value.length - MAX_ITEMS} more items]`)
    return items
  }
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${(value as Uint8Array).byteLength} bytes]`
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value).slice(0, 50)) out[key] = boundedForLog(item, depth + 1)
  return out
}

/** Payload's logger (pretty, as by default) with every argument bounded before it is written. */
export const boundedLogger = {
  options: {
    hooks: {
      logMethod(this: PayloadLogger, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(this, args.map((arg) => boundedForLog(arg)))
      },
    },
  },
  destination: defaultLoggerOptions,
}
