import type { ImportWorker } from './pool'
import type { ParseResult, ParseTask } from './tasks'

/** Files a worker parses at a time: small enough to share the tail of a round out evenly. */
const PARSE_CHUNK = 10

/**
 * The parse of one round's files (./run.ts, step 1), shared out among the workers: each takes
 * the next files as soon as it is free and keeps what it parsed (`owner` says who). It can run in
 * stretches: the children start on the next round while this process links the current one
 * (they would wait otherwise), and the round's own parse finishes what is left.
 */
export class RoundParse {
  readonly owner = new Map<number, number>()
  readonly tasks: Map<number, ParseTask>
  private readonly queue: ParseTask[]
  private readonly results: ParseResult[] = []

  constructor(tasks: ParseTask[]) {
    this.queue = [...tasks]
    this.tasks = new Map(tasks.map((t) => [t.index, t]))
  }

  /** What was parsed, in file order. */
  parsed(): ParseResult[] {
    return [...this.results].sort((a, b) => a.index - b.index)
  }

  /**
   * Parse with the workers `which` (indexes into `workers`) until the queue is empty or, with
   * `until`, until that settles (a worker then finishes the files it has started). A child still
   * starting takes no files: the others need not wait for it.
   */
  async run(workers: ImportWorker[], which: number[], until?: Promise<unknown>): Promise<void> {
    let stopped = false
    let busy = 0
    let settle!: () => void
    const finished = new Promise<void>((resolve) => (settle = resolve))
    const check = () => {
      if (!busy && (stopped || !this.queue.length)) settle()
    }
    void until?.then(() => {
      stopped = true
      check()
    })
    const loops = which.map(async (w) => {
      await Promise.race([workers[w].ready, finished])
      while (this.queue.length && !stopped) {
        const chunk = this.queue.splice(0, PARSE_CHUNK)
        for (const t of chunk) this.owner.set(t.index, w)
        busy++
        try {
          this.results.push(...(await workers[w].parse(chunk)))
        } finally {
          busy--
        }
      }
      check()
    })
    for (const loop of loops) loop.catch(() => undefined)
    check()
    // A worker that fails (a child gone) fails the run.
    await Promise.race([finished, Promise.all(loops)])
    await finished
  }
}
