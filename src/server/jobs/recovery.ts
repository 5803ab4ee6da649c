import type { Payload, Where } from 'payload'

/**
 * Payload 3.90 marks a job `processing` when a runner claims it and has no lease to take it
 * back (payloadcms/payload#17645): a runner killed mid-job leaves the row claimed forever and
 * `runJobs` never picks it again. Only the process holding the job-runner lock calls this, so
 * a claimed job that this process is not running belongs to a runner that is gone.
 *
 * Re-running is safe for our tasks: the publish task re-reads the document and does nothing
 * when it is no longer scheduled for that time.
 */
export async function recoverStaleJobs(payload: Payload, options: { olderThan?: Date } = {}): Promise<number[]> {
  const and: Where[] = [{ processing: { equals: true } }, { completedAt: { exists: false } }]
  if (options.olderThan) and.push({ updatedAt: { less_than: options.olderThan.toISOString() } })
  const result = await payload.update({
    collection: 'payload-jobs',
    where: { and },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  for (const failure of result.errors) {
    payload.logger.error({ msg: `Could not release stale job ${failure.id}: ${failure.message}` })
  }
  const ids = result.docs.map((doc) => Number(doc.id))
  if (ids.length) {
    payload.logger.warn({
      msg: `Released ${ids.length} job(s) left processing by a runner that stopped; they run again now.`,
      jobs: ids,
    })
  }
  return ids
}
