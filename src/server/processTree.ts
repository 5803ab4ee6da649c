import fs from 'node:fs'

/**
 * A process and every process below it (Linux /proc), the root first: `npm start` and `tsx`
 * run their work in children of their own, so signalling or measuring the one process started
 * misses the one doing the work.
 */
export function descendants(root: number): number[] {
  const parents = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = parents.get(ppid) ?? []
      list.push(Number(entry))
      parents.set(ppid, list)
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = []
  const visit = (pid: number) => {
    out.push(pid)
    for (const child of parents.get(pid) ?? []) visit(child)
  }
  visit(root)
  return out
}
