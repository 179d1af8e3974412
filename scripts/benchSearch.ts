/**
 * Search figures for `npm run bench:delivery`: GET /api/search over HTTP on the fast path (uncached) at the bench's
 * library sizes, and the search index alone over a synthetic library with bodies (latency per query and memory per
 * item, in English and Spanish). Kept apart from the delivery bench's own rounds.
 */
import os from 'node:os'
import v8 from 'node:v8'
import vm from 'node:vm'

import { DeliveryIndex, type ConditionNode, type DeliveryItem } from '../src/personalization'
import { rankSearch, searchPage, type SearchArgs } from '../src/search/searchContent'
import { SearchIndex } from '../src/search/searchIndex'
import { ConditionVocabulary, type SearchCondition } from '../src/search/vocabulary'
import { demoConditions } from '../src/seed/data'
import { JOURNEY_STAGE_VALUES } from '../src/taxonomy/journeyStages'

v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void
const heapAfterGC = () => {
  collectGarbage()
  return process.memoryUsage().heapUsed
}

type Row = { p95: number; rps: number }
type Measure = (label: string, port: number, urlPath: string, bodies: null, paths: () => string) => Promise<Row>

/** What visitors type: condition words, synonyms, typos, codes, typeahead prefixes, and words every bench item has. */
const HTTP_QUERIES = ['diabetes', 'hypertension', 'high blood pressure', 'diabetis', 'I10', 'asthma', 'flu', 'patient guide', 'hyperten&prefix=true', 'living well']

/** GET /api/search through the fast path with the response cache off (every request searches). */
export async function measureSearchOverHTTP(measure: Measure, port: number, store: { cacheEnabled: boolean }): Promise<Row> {
  let counter = 0
  store.cacheEnabled = false
  try {
    return await measure('GET /api/search, uncached', port, '', null, () => `/api/search?q=${HTTP_QUERIES[++counter % HTTP_QUERIES.length]!.replace(/ /g, '+')}`)
  } finally {
    store.cacheEnabled = true
  }
}

// A deterministic pseudo-random library: plain words from a fixed vocabulary, so every run indexes the same text.
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}
const WORDS_EN = 'blood sugar pressure heart care doctor nurse medicine daily check healthy food walk sleep weight insulin test visit clinic family help pain breath lungs exercise plan goal numbers home safe signs call warning class support group baby pregnancy screening shot vaccine cough fever rest water salt fruit vegetables stress mood talk friend'.split(' ')
const WORDS_ES = 'sangre azúcar presión corazón cuidado médico enfermera medicina diario revisar comida caminar dormir peso insulina prueba visita clínica familia ayuda dolor respiración pulmones ejercicio plan meta números casa seguro señales llamar aviso clase apoyo grupo bebé embarazo vacuna tos fiebre descanso agua sal fruta verduras estrés ánimo hablar amigo'.split(' ')
const CONDITIONS: SearchCondition[] = demoConditions.map((c) => ({ icd10: c.icd10, names: { en: c.name, ...(c.es && { es: c.es.name }) }, parent: c.parent ?? null, slug: c.slug, synonyms: { en: c.synonyms, es: c.es?.synonyms ?? [] } }))
const NODES: ConditionNode[] = demoConditions.map((c) => ({ icd10: c.icd10, name: c.name, parent: c.parent ?? null, slug: c.slug, snomed: c.snomed }))

/**
 * 8,000 made-up words with the health words spread among them from rank 100 on (the commonest words of real text are
 * stopwords, which are not indexed), drawn with Zipf's law: the n-th word about 1/n as often, like real text.
 */
function vocabulary(health: string[]): { words: string[]; cumulative: number[] } {
  const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo', 'an', 'er', 'ol', 'us']
  const words: string[] = []
  for (let i = 0; words.length < 8000; i++) words.push(`${syllables[i % 18]}${syllables[Math.floor(i / 18) % 18]}${syllables[Math.floor(i / 324) % 18]}${i >= 5832 ? 'x' : ''}`)
  health.forEach((word, i) => words.splice(100 + i * 20, 0, word))
  let total = 0
  const cumulative = words.map((_, rank) => (total += 1 / (rank + 1)))
  return { cumulative: cumulative.map((c) => c / total), words }
}
const VOCABULARY = { en: vocabulary(WORDS_EN), es: vocabulary(WORDS_ES) }

function text(next: () => number, { cumulative, words }: { words: string[]; cumulative: number[] }, count: number, extra: string[]): string {
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    if (next() < 0.03 && extra.length) {
      out.push(extra[Math.floor(next() * extra.length)]!)
      continue
    }
    const target = next()
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const mid = (low + high) >>> 1
      if (cumulative[mid]! < target) low = mid + 1
      else high = mid
    }
    out.push(words[low]!)
  }
  return out.join(' ')
}

function syntheticItem(i: number, next: () => number): { item: DeliveryItem; bodies: Record<'en' | 'es', string> } {
  const condition = demoConditions[i % demoConditions.length]!
  const names = [condition.name.toLowerCase(), ...condition.synonyms]
  const namesEs = [condition.es?.name.toLowerCase() ?? '', ...(condition.es?.synonyms ?? [])].filter(Boolean)
  const spanish = i % 2 === 1
  const item: DeliveryItem = {
    channels: ['web', 'portal'],
    clinical: false,
    conditions: [condition.slug],
    endsAt: null,
    eventStatus: null,
    id: String(i),
    locales: {
      en: { complete: true, summary: text(next, VOCABULARY.en, 25, names), title: `${condition.name}: ${text(next, VOCABULARY.en, 5, [])}` },
      ...(spanish && { es: { complete: true, summary: text(next, VOCABULARY.es, 25, namesEs), title: `${condition.es?.name ?? condition.name}: ${text(next, VOCABULARY.es, 5, [])}` } }),
    },
    medicalReviewedAt: null,
    publishedAt: null,
    segments: [],
    slug: `item-${i}`,
    stages: [JOURNEY_STAGE_VALUES[i % 5]!],
    type: i % 4 === 0 ? 'videos' : 'articles',
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    variants: [],
  }
  return { bodies: { en: text(next, VOCABULARY.en, 250, names), es: spanish ? text(next, VOCABULARY.es, 250, namesEs) : '' }, item }
}

const QUERIES: Array<Partial<SearchArgs> & { query: string }> = [
  { query: 'high blood pressure' },
  { query: 'diabetes' },
  { query: 'diabetis' },
  { query: 'hypertenson' },
  { query: 'E11.9' },
  { query: 'flu shot' },
  { query: 'heart failure daily weight' },
  { query: 'mammo', prefix: true },
  { query: 'hyperten', prefix: true },
  { query: 'insulin' },
  { locale: 'es', query: 'presión alta' },
  { locale: 'es', query: 'azucar alta' },
  { locale: 'es', query: 'embarazo' },
  { query: 'walk', stage: 'retention' },
  { query: 'zzqqxx' },
]

/** The search index alone: build time, memory per item and query latency over `count` synthetic items (250-word bodies). */
export function benchSearchIndex(count: number): { bytesPerItem: number; cpuP95: number; p50: number; p95: number; p99: number } {
  const next = random(count)
  const before = heapAfterGC()
  const search = new SearchIndex(new ConditionVocabulary(CONDITIONS))
  const index = new DeliveryIndex(NODES)
  const items: DeliveryItem[] = []
  const started = Date.now()
  for (let i = 0; i < count; i++) {
    const { bodies, item } = syntheticItem(i, next)
    items.push(item)
    search.upsert({
      id: item.id,
      locales: Object.fromEntries(
        (['en', 'es'] as const).filter((l) => item.locales[l]).map((l) => [l, { body: bodies[l], summary: item.locales[l]!.summary, title: item.locales[l]!.title, variants: '' }]),
      ),
      type: item.type,
    })
  }
  const buildSeconds = (Date.now() - started) / 1000
  const withSearch = heapAfterGC()
  index.upsertMany(items)
  const bytesPerItem = (withSearch - before) / count
  const availability = { maxReviewAgeMonths: 24, now: new Date(), withholdLapsedReviews: true }
  const times: number[] = []
  // CPU time too: on a shared machine, wall time measures the neighbours as much as the query.
  const cpuTimes: number[] = []
  const perQuery = new Map<string, { ms: number; total: number }>()
  for (let round = 0, rounds = Number(process.env.SEARCH_BENCH_ROUNDS ?? 20); round < rounds; round++) {
    for (const q of QUERIES) {
      const args: SearchArgs = { filter: false, locale: 'en', prefix: false, segments: [], ...q }
      const t = process.hrtime.bigint()
      const cpu = process.cpuUsage()
      const answer = rankSearch(search, index, args, availability)
      searchPage(answer, search, args, { first: 10, offset: 0 })
      const used = process.cpuUsage(cpu)
      const ms = Number(process.hrtime.bigint() - t) / 1e6
      times.push(ms)
      cpuTimes.push((used.user + used.system) / 1000)
      const seen = perQuery.get(q.query) ?? { ms: 0, total: answer.total }
      seen.ms = Math.max(seen.ms, round > 0 ? ms : 0)
      perQuery.set(q.query, seen)
    }
  }
  if (process.env.SEARCH_BENCH_VERBOSE) for (const [q, { ms, total }] of perQuery) console.log(`    "${q}": ${total} hits, slowest ${ms.toFixed(1)} ms`)
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  const pct = (p: number, list = times) => list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))]!
  console.log(
    `  search index alone, ${count.toLocaleString('en-US')} items with 250-word bodies (half also in Spanish): built in ${buildSeconds.toFixed(1)} s, ` +
      `${(bytesPerItem / 1024).toFixed(1)} KB per item; ${times.length} queries p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms ` +
      `(CPU time p50 ${pct(50, cpuTimes).toFixed(1)} ms, p95 ${pct(95, cpuTimes).toFixed(1)} ms; target p95 < 20 ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)`,
  )
  return { bytesPerItem, cpuP95: pct(95, cpuTimes), p50: pct(50), p95: pct(95), p99: pct(99) }
}

// `tsx scripts/benchSearch.ts [items…]`: the index-alone figures without seeding a database.
if (process.argv[1]?.endsWith('benchSearch.ts')) {
  for (const count of process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : [10_000, 100_000]) benchSearchIndex(count)
}
