/**
 * An import worker in a process of its own (spawned by ./pool.ts): its own Payload on the
 * database the parent names (DATABASE_URL), answering the parent's parse and write requests
 * over the IPC channel. Not started by hand.
 */
import { getPayload } from 'payload'

import { createConfig } from '../../../payload.config'
import { closePayload } from '../../server/payload-lifecycle'
import { ImportWorkerTasks } from './tasks'
import type { ToChild, ToParent } from './pool'

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

async function main(): Promise<void> {
  const send = (message: ToParent) => new Promise<void>((resolve) => process.send!(message, undefined, undefined, () => resolve()))
  const payload = await getPayload({ config: createConfig(process.env.DATABASE_URL), key: `import-worker-${process.pid}` })
  const tasks = new ImportWorkerTasks(payload)
  process.on('message', (message: ToChild) => {
    const answer = async (): Promise<ToParent> => {
      switch (message.type) {
        case 'parse':
          return { type: 'parsed', id: message.id, results: await tasks.parse(message.tasks, false) }
        case 'write':
          return { type: 'written', id: message.id, results: await tasks.write(message.tasks) }
        case 'forget':
          tasks.forget(message.indexes)
          return { type: 'forgotten', id: message.id }
        case 'close':
          await closePayload(payload)
          return { type: 'closed', id: message.id, cpuSeconds: cpuSeconds() }
      }
    }
    answer().then(
      async (reply) => {
        await send(reply)
        if (reply.type === 'closed') process.disconnect()
      },
      (error: Error) => send({ type: 'error', id: message.id, message: error.stack ?? error.message }),
    )
  })
  await send({ type: 'ready', cpuSeconds: cpuSeconds() })
}

// The parent gone (crashed, killed): nothing more to do.
process.on('disconnect', () => process.exit(0))

main().catch((error) => {
  console.error('import worker failed to start:', error)
  process.exit(1)
})
