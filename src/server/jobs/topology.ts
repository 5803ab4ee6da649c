import { ConfigError } from '../env'

/**
 * Where the job queue runs. `inline` (the default): inside the app that `npm start` serves, for
 * one machine. `worker`: never in an app instance; `npm run worker` runs it. Either way the
 * job-runner lock (runner.ts) lets only one process run jobs at a time.
 */
export type JobsMode = 'inline' | 'worker'

export function jobsMode(): JobsMode {
  const raw = (process.env.GLASSWORKS_JOBS || 'inline').trim()
  if (raw === 'inline' || raw === 'worker') return raw
  throw new ConfigError(
    `GLASSWORKS_JOBS must be "inline" (the app runs the job queue) or "worker" (only \`npm run worker\` does), not "${raw}".`,
  )
}
