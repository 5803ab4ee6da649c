import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

import { ImportWorkerTasks, type ParseResult, type ParseTask, type WriteResult, type WriteTask } from './tasks'

/*
 * The workers of a parallel import: the importing process itself (its Payload is there already)
 * and `jobs - 1` child processes, each with its own Payload and database connections (Node runs
 * one process's JavaScript on one core, and Payload's writes are mostly JavaScript).
 */

export interface ImportWorker {
  /** Settles once the worker can take requests (a child: its Payload initialised). */
  readonly ready: Promise<void>
  parse(tasks: ParseTask[]): Promise<ParseResult[]>
  write(tasks: WriteTask[]): Promise<WriteResult[]>
  forget(indexes: number[]): Promise<void>
  /** Ends the worker; a child answers with the CPU seconds it spent after start-up. */
  close(): Promise<number>
}

export type ToChild =
  | { type: 'parse'; id: number; tasks: ParseTask[] }
  | { type: 'write'; id: number; tasks: WriteTask[] }
  | { type: 'forget'; id: number; indexes: number[] }
  | { type: 'close'; id: number }

export type ToParent =
  | { type: 'ready'; cpuSeconds: number }
  | { type: 'parsed'; id: number; results: ParseResult[] }
  | { type: 'written'; id: number; results: WriteResult[] }
  | { type: 'forgotten'; id: number }
  | { type: 'closed'; id: number; cpuSeconds: number }
  | { type: 'error'; id: number; message: string }

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

const here = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(here, '../../..')

class InProcessWorker implements ImportWorker {
  readonly ready = Promise.resolve()
  private readonly tasks: ImportWorkerTasks
  constructor(payload: Payload) {
    this.tasks = new ImportWorkerTasks(payload)
  }
  // The parse keeps the body: in this process the run and the worker share the document.
  parse = (tasks: ParseTask[]) => this.tasks.parse(tasks, true)
  write = (tasks: WriteTask[]) => this.tasks.write(tasks)
  forget = async (indexes: number[]) => this.tasks.forget(indexes)
  close = async () => 0
}

class ChildWorker implements ImportWorker {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (m: ToParent) => void; reject: (e: Error) => void }>()
  private startCpu = 0
  private exited?: Error
  readonly ready: Promise<void>

  constructor(private readonly child: ChildProcess) {
    this.ready = new Promise((resolve, reject) => {
      child.on('message', (message: ToParent) => {
        if (message.type === 'ready') {
          this.startCpu = message.cpuSeconds
          return resolve()
        }
        const waiting = this.pending.get(message.id)
        if (!waiting) return
        this.pending.delete(message.id)
        if (message.type === 'error') waiting.reject(new Error(`import worker (pid ${child.pid}): ${message.message}`))
        else waiting.resolve(message)
      })
      const gone = (error: Error) => {
        this.exited ??= error
        reject(this.exited)
        for (const waiting of this.pending.values()) waiting.reject(this.exited)
        this.pending.clear()
      }
      child.on('exit', (code, signal) => gone(new Error(`import worker (pid ${child.pid}) exited (${signal ?? `code ${code}`})`)))
      // Not started at all (no node, no tsx): no 'exit' follows.
      child.on('error', (error) => gone(new Error(`import worker could not start: ${error.message}`)))
    })
  }

  private async request<T extends ToParent['type']>(message: WithoutId<ToChild>): Promise<Extract<ToParent, { type: T }>> {
    await this.ready
    if (this.exited) throw this.exited
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (m: ToParent) => void, reject })
      this.child.send({ ...message, id } as ToChild)
    })
  }

  parse = async (tasks: ParseTask[]) => (await this.request<'parsed'>({ type: 'parse', tasks })).results
  write = async (tasks: WriteTask[]) => (await this.request<'written'>({ type: 'write', tasks })).results
  forget = async (indexes: number[]) => void (await this.request<'forgotten'>({ type: 'forget', indexes }))
  close = async () => {
    if (this.exited) return 0
    const exit = new Promise((resolve) => this.child.once('exit', resolve))
    const { cpuSeconds } = await this.request<'closed'>({ type: 'close' })
    await exit
    return cpuSeconds - this.startCpu
  }

  /** Ends the child and resolves once it has exited (its connections closed with it). */
  kill(): Promise<void> {
    if (this.exited || this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve()
    const exit = new Promise<void>((resolve) => this.child.once('exit', () => resolve()))
    this.child.kill()
    return exit
  }
}

/** The database a child must use: the one this process's Payload is connected to. */
export function databaseUrl(payload: Payload): string | undefined {
  const options = (payload.db as unknown as { poolOptions?: { connectionString?: string } }).poolOptions
  return options?.connectionString ?? process.env.DATABASE_URL
}

/**
 * `count` child workers, started now (their Payload initialising) on the database at
 * `databaseUrl`. A child runs the TypeScript sources through tsx, like `npm run import`; its log
 * goes to stderr so that `--json` output stays clean. A caller that knows the run will be
 * parallel (the CLI) starts them before its own Payload, so that their start-up (seconds of
 * Payload initialisation each) overlaps its own instead of the import (`RunOptions.children`).
 */
export function startChildren(count: number, databaseUrl: string | undefined): ImportWorker[] {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl }
  // A child never runs the job queue, whatever marks this process as the runner.
  delete env.GLASSWORKS_RUN_JOBS
  const children = Array.from({ length: Math.max(0, count) }, () => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join(here, 'child.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 2, 2, 'ipc'],
      serialization: 'advanced',
    })
    return new ChildWorker(child)
  })
  // Not awaited: a child's first request waits for it. A child that fails to start fails the
  // run at that request.
  for (const child of children) child.ready.catch(() => undefined)
  return children
}

/**
 * This process's worker and `jobs - 1` children: those started ahead first (`ahead`, see
 * startChildren), more started now if they are fewer; ahead ones beyond `jobs - 1` are ended.
 * This process parses its share while children still start.
 */
export function startWorkers(payload: Payload, jobs: number, ahead: ImportWorker[] = []): ImportWorker[] {
  const wanted = Math.max(0, jobs - 1)
  void killWorkers(ahead.slice(wanted))
  const children = [...ahead.slice(0, wanted), ...startChildren(wanted - Math.min(wanted, ahead.length), databaseUrl(payload))]
  return [new InProcessWorker(payload), ...children]
}

/** Stop every worker; the CPU seconds the children spent importing (their start-up excluded). */
export async function stopWorkers(workers: ImportWorker[]): Promise<number> {
  const seconds = await Promise.all(workers.map((w) => w.close()))
  return seconds.reduce((a, b) => a + b, 0)
}

/** Kill the children of a run that failed (their transactions roll back with their connections). */
export async function killWorkers(workers: ImportWorker[]): Promise<void> {
  // Waited for: a caller that stops the database next must not leave a child holding a
  // connection (it would log "terminating connection due to administrator command").
  await Promise.all(workers.map((worker) => (worker instanceof ChildWorker ? worker.kill() : undefined)))
}
