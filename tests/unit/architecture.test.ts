/**
 * The layers of src/ (see README "Architecture"): pure core → Payload glue → servers. Reads every source file's imports
 * and checks that pure folders stay framework-free, that nothing imports from a layer above it, and that there are no
 * import loops.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import ts from 'typescript'

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src')

/** Layer of each top-level folder (or file) of src/, lowest first. A module may import only from its layer or below. */
const LAYERS: Record<string, number> = {
  // pure core: plain data in, plain data out
  taxonomy: 0,
  utilities: 0,
  clinical: 1,
  privacy: 1,
  richtext: 1,
  validation: 1,
  brand: 2,
  personalization: 2,
  workflow: 2,
  dashboard: 2,
  programs: 2,
  seo: 2,
  search: 2,
  // Payload glue
  'secret.ts': 3,
  access: 3,
  adminShell: 3,
  db: 3,
  jobs: 3,
  localApi: 3,
  uploads: 3,
  graphql: 3,
  fields: 4,
  blocks: 4,
  hooks: 4,
  webhooks: 4,
  brandGate: 4,
  workflowGate: 4,
  dashboardGate: 4,
  security: 4,
  audit: 4,
  delivery: 4,
  // Payload glue of programs (save hooks, endpoints, the delivery store's programs) and its admin components
  'programs/payload': 4,
  'programs/admin': 4,
  'seo/payload': 4,
  redirects: 4,
  preview: 4,
  'search/api': 4,
  collections: 5,
  globals: 5,
  seed: 6,
  migrations: 6,
  // servers
  'delivery/server': 7,
  app: 7,
}
const PURE = ['taxonomy', 'utilities', 'clinical', 'privacy', 'richtext', 'validation', 'brand', 'personalization', 'workflow', 'dashboard', 'programs', 'seo', 'search']
const FRAMEWORK = /^(payload|@payloadcms\/|next(\/|$)|react(\/|$)|react-dom(\/|$))/

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/')

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? path.join(SRC, specifier.slice(2)) : path.resolve(path.dirname(from), specifier)
  const stem = base.replace(/\.js$/, '')
  for (const candidate of [stem, `${stem}.ts`, `${stem}.tsx`, path.join(stem, 'index.ts'), path.join(stem, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return undefined
}

/** The folder key of a src file: the longest LAYERS key it sits under. */
function layerKey(file: string): string {
  const r = rel(file)
  const keys = Object.keys(LAYERS).filter((key) => r === key || r.startsWith(`${key}/`))
  if (keys.length === 0) throw new Error(`${r} is in no layer; add its folder to LAYERS`)
  return keys.sort((a, b) => b.length - a.length)[0]!
}

interface Graph {
  /** src-relative file → the src-relative files it imports */
  edges: Map<string, string[]>
  /** src-relative file → bare package specifiers and files outside src it imports */
  external: Map<string, string[]>
}

function importGraph(files: readonly string[]): Graph {
  const edges = new Map<string, string[]>()
  const external = new Map<string, string[]>()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    const local: string[] = []
    const other: string[] = []
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('.') || fileName.startsWith('@/')) {
        const target = resolveImport(file, fileName)
        if (target && target.startsWith(SRC + path.sep)) local.push(rel(target))
        else other.push(target ? path.relative(SRC, target) : fileName)
      } else other.push(fileName)
    }
    edges.set(rel(file), local)
    external.set(rel(file), other)
  }
  return { edges, external }
}

/** Every import cycle's path, found by depth-first search (one per back edge). */
export function findCycles(edges: Map<string, string[]>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'active' | 'done'>()
  const stack: string[] = []
  const visit = (node: string) => {
    state.set(node, 'active')
    stack.push(node)
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'active') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of edges.keys()) if (!state.has(node)) visit(node)
  return cycles
}

const files = sourceFiles(SRC).filter((file) => !rel(file).startsWith('migrations/'))
const graph = importGraph(files)
const isPure = (file: string) => PURE.includes(layerKey(path.join(SRC, file)))

describe('architecture', () => {
  it('keeps the pure folders free of Payload, Next.js, React and generated Payload types', () => {
    const offenders = [...graph.external]
      .filter(([file]) => isPure(file))
      .flatMap(([file, specifiers]) =>
        specifiers.filter((s) => FRAMEWORK.test(s) || s.includes('payload-types')).map((s) => `${file} imports ${s}`),
      )
    expect(offenders).toEqual([])
  })

  it('keeps the pure folders from importing glue', () => {
    const offenders = [...graph.edges]
      .filter(([file]) => isPure(file))
      .flatMap(([file, targets]) => targets.filter((target) => !isPure(target)).map((target) => `${file} imports ${target}`))
    expect(offenders).toEqual([])
  })

  it('never imports from a layer above', () => {
    const offenders = [...graph.edges].flatMap(([file, targets]) => {
      const from = layerKey(path.join(SRC, file))
      return targets
        .filter((target) => LAYERS[layerKey(path.join(SRC, target))]! > LAYERS[from]!)
        .map((target) => `${file} (${from}) imports ${target} (${layerKey(path.join(SRC, target))})`)
    })
    expect(offenders).toEqual([])
  })

  it('has no import loops', () => {
    expect(findCycles(graph.edges).map((cycle) => cycle.join(' → '))).toEqual([])
  })

  it('finds a loop when there is one (the check itself works)', () => {
    const loop = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ])
    expect(findCycles(loop)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']])
  })
})
