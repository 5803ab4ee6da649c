import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/*
 * The workflow, the shared content rules and the importer's persistence must not import each
 * other in a circle: a cycle means neither module can be understood (or loaded) on its own,
 * and module-level values come out `undefined` depending on which side loads first.
 * Every import counts, type-only ones too, since a cycle of types is a cycle of concepts.
 */

const root = path.resolve(__dirname, '../..')
const GUARDED = [/^src\/workflow\//, /^src\/content\//, /^src\/import\/persist\.ts$/]

function resolve(from: string, specifier: string): string | null {
  let base: string
  if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier)
  else if (specifier.startsWith('@/')) base = path.join(root, 'src', specifier.slice(2))
  else return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate
  }
  return null
}

function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const found: string[] = []
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier
        ? (statement.moduleSpecifier as ts.StringLiteral).text
        : null
    const target = specifier ? resolve(file, specifier) : null
    if (target) found.push(target)
  }
  return found
}

/** Every cycle through a guarded module, as a list of paths relative to the project. */
function cycles(): string[][] {
  const graph = new Map<string, string[]>()
  const visit = (file: string) => {
    if (graph.has(file)) return
    const targets = importsOf(file)
    graph.set(file, targets)
    targets.forEach(visit)
  }
  const starts: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.tsx?$/.test(entry.name) && GUARDED.some((re) => re.test(path.relative(root, full)))) starts.push(full)
    }
  }
  walk(path.join(root, 'src'))
  starts.forEach(visit)

  const found: string[][] = []
  const seen = new Set<string>()
  for (const start of starts) {
    // Depth-first from each guarded module back to itself.
    const stack: { file: string; trail: string[] }[] = [{ file: start, trail: [start] }]
    const reached = new Set<string>()
    while (stack.length) {
      const { file, trail } = stack.pop()!
      for (const next of graph.get(file) ?? []) {
        if (next === start) {
          const cycle = trail.map((f) => path.relative(root, f))
          const key = [...cycle].sort().join('|')
          if (!seen.has(key)) {
            seen.add(key)
            found.push([...cycle, path.relative(root, start)])
          }
        } else if (!reached.has(next)) {
          reached.add(next)
          stack.push({ file: next, trail: [...trail, next] })
        }
      }
    }
  }
  return found
}

describe('workflow module structure', () => {
  it('has no import cycle through src/workflow, src/content or src/import/persist.ts', () => {
    expect(cycles().map((cycle) => cycle.join(' → '))).toEqual([])
  })

  it('keeps the workflow core free of Payload: only the adapters import it', () => {
    const core = fs.readdirSync(path.join(root, 'src/workflow')).filter((f) => f.endsWith('.ts'))
    const offenders = core.filter((f) => /from ['"](payload|@payloadcms\/)/.test(fs.readFileSync(path.join(root, 'src/workflow', f), 'utf8')))
    expect(offenders).toEqual([])
  })
})
