/**
 * Summarises a sampling heap profile (`restMissProbe --alloc-prof`): bytes allocated per
 * request by package and by function (self), and by function including what it calls.
 *
 *   npx tsx bench/allocProfile.ts <file.heapprofile> [requests]
 */
import fs from 'node:fs'

import { bucket } from './cpuProfile'

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number }
  selfSize: number
  children: Node[]
}

const [file, requestsArg] = process.argv.slice(2)
const requests = Number(requestsArg ?? 1)
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { head: Node }

const packageOf = (n: Node) => bucket(n.callFrame.url, n.callFrame.functionName)
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${packageOf(n)}:${n.callFrame.lineNumber + 1}`

const byPackage = new Map<string, number>()
const bySelf = new Map<string, number>()
const inclusive = new Map<string, number>()
let total = 0
function walk(node: Node, stack: Set<string>): number {
  let sum = node.selfSize
  const key = label(node)
  bySelf.set(key, (bySelf.get(key) ?? 0) + node.selfSize)
  const pkg = packageOf(node)
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + node.selfSize)
  total += node.selfSize
  const fresh = !stack.has(key)
  if (fresh) stack.add(key)
  for (const child of node.children) sum += walk(child, stack)
  if (fresh) {
    stack.delete(key)
    inclusive.set(key, (inclusive.get(key) ?? 0) + sum)
  }
  return sum
}
walk(profile.head, new Set())

const mb = (bytes: number) => `${(bytes / requests / 1048576).toFixed(2)} MB/req`
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${mb(v)}  ${k}`)
    .join('\n')
console.log(`${file}: ${mb(total)} allocated (sampled) over ${requests} requests`)
console.log(`By package (self):\n${top(byPackage, 15)}`)
console.log(`Top functions (self):\n${top(bySelf, 30)}`)
console.log(`Top functions (inclusive):\n${top(inclusive, 30)}`)
