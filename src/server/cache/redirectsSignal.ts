import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'

import { markRedirectsChangedElsewhere, onRedirectsChanged } from '../../site/redirectsGeneration'
import { redisKeyPrefix } from './redisSettings.mjs'

/**
 * The proxy's redirect table (src/site/redirectTable.ts) reloads when this process expires
 * site content. With several instances a change arrives through one of them, so each instance
 * tells the others over Redis pub/sub, the same signal path the shared Next cache uses;
 * the table's periodic reload stays as the fallback when Redis is unreachable.
 */
const STARTED = Symbol.for('glassworks.redirects.signal')

export function shareRedirectsSignal(url = process.env.REDIS_URL): void {
  const holder = globalThis as unknown as { [STARTED]?: boolean }
  if (!url || holder[STARTED]) return
  holder[STARTED] = true
  const channel = `${redisKeyPrefix()}redirects-changed`
  const origin = randomUUID()
  const publisher = createClient({ url })
  const subscriber = publisher.duplicate()
  const report = (what: string) => (error: unknown) =>
    console.error(`Redirect signal over Redis: ${what} failed; other instances reload within 10 s instead.`, error)
  publisher.on('error', report('the connection'))
  subscriber.on('error', report('the subscription'))
  void Promise.all([publisher.connect(), subscriber.connect()])
    .then(() =>
      subscriber.subscribe(channel, (message) => {
        if (message !== origin) markRedirectsChangedElsewhere()
      }),
    )
    .then(() =>
      onRedirectsChanged(() => {
        publisher.publish(channel, origin).catch(report('publishing a change'))
      }),
    )
    .catch(report('connecting'))
}
