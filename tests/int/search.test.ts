/**
 * Search over HTTP on the demo library: patients' words (synonyms in English and Spanish, typos, ICD-10-CM codes,
 * prefixes), escaped highlights, "did you mean", refusals, a publish and an unpublish seen after a sync, both GraphQL
 * endpoints, and the relevance set (precision@3 over 40+ queries, printed and asserted).
 */
import http from 'node:http'

import { createFastDeliveryHandler, FAST_GRAPHQL_PATH } from '@/delivery/server/fastHandler'
import { deliveryStore } from '@/delivery/store'
import { isServable } from '@/personalization'
import { demoConditions, demoItems } from '@/seed/data'
import { seedDemo } from '@/seed/seedDemo'

import { createApiClient, createStaff, lexical, publishApproved } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let server: http.Server
let base: string
let apiKey: string

type Hit = { item: { slug: string; type: string; locale: string; conditions: string[]; stages: string[]; title: string }; reasons: Array<{ kind: string; field: string; value: string; condition?: string; via?: string }>; snippet: string; titleHtml: string; cursor: string }
type Answer = { hits: Hit[]; total: number; didYouMean: string | null; understood: Array<{ condition: string; via: string; value: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } }

/** `GET /api/search` on the fast path (the production server), anonymous unless a key is given. */
async function search(params: Record<string, string>, key?: string): Promise<{ status: number; body: Answer & { errors?: Array<{ message: string }> } }> {
  const response = await fetch(`${base}/api/search?${new URLSearchParams(params)}`, { headers: key ? { Authorization: `api-clients API-Key ${key}` } : {} })
  return { body: await response.json(), status: response.status }
}
const slugs = (answer: Answer) => answer.hits.map((h) => h.item.slug)
const sync = async () => (await deliveryStore(carepath.payload)).sync()

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  await seedDemo(carepath.payload)
  apiKey = (await createApiClient(carepath.payload, 'automation')).apiKey
  const fast = createFastDeliveryHandler(carepath.payload)
  server = http.createServer((req, res) => void fast(req, res).then((handled) => handled || res.writeHead(404).end()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
}, 900_000)

afterAll(async () => {
  server?.close()
  await carepath?.shutdown()
})

/**
 * The relevance set: what a patient types, and what they are looking for, as condition tags (an item tagged with one
 * of them or a narrower condition is relevant) or explicit items. Precision@3: the share of the top three hits that
 * are relevant (out of three, or out of how many relevant items there are when fewer).
 */
const RELEVANCE: Array<{ q: string; locale?: 'en' | 'es'; prefix?: boolean; conditions?: string[]; items?: string[] }> = [
  { conditions: ['hypertension'], q: 'high blood pressure' },
  { conditions: ['hypertension'], q: 'hypertension' },
  { conditions: ['hypertension'], q: 'hypertenson' },
  { conditions: ['hypertension'], q: 'blood pressure' },
  { conditions: ['hypertension'], q: 'I10' },
  { conditions: ['diabetes'], q: 'high blood sugar' },
  { conditions: ['diabetes'], q: 'diabetes' },
  { conditions: ['diabetes'], q: 'diabetis' },
  { conditions: ['diabetes'], q: 'low blood sugar' },
  { conditions: ['type-2-diabetes', 'prediabetes'], q: 'type 2 diabetes' },
  { conditions: ['type-2-diabetes'], q: 'E11.9' },
  { conditions: ['type-2-diabetes'], q: 'e11' },
  { conditions: ['gestational-diabetes'], q: 'gestational diabetes' },
  { conditions: ['gestational-diabetes'], q: 'pregnancy diabetes' },
  { conditions: ['gestational-diabetes'], q: 'O24.419' },
  { conditions: ['prediabetes'], q: 'prediabetes' },
  { conditions: ['heart-failure'], q: 'heart failure' },
  { conditions: ['heart-failure'], q: 'CHF' },
  { conditions: ['heart-attack'], q: 'heart attack' },
  { conditions: ['heart-attack'], q: 'myocardial infarction' },
  { conditions: ['stroke'], q: 'stroke' },
  { conditions: ['stroke'], q: 'brain attack' },
  { conditions: ['influenza'], q: 'flu' },
  { conditions: ['influenza'], q: 'flu shot' },
  { conditions: ['asthma'], q: 'asthma' },
  { conditions: ['asthma'], q: 'wheezing' },
  { conditions: ['asthma', 'copd'], q: 'inhaler' },
  { conditions: ['copd'], q: 'COPD' },
  { conditions: ['copd'], q: 'emphysema' },
  { conditions: ['breast-cancer-screening'], q: 'mammogram' },
  { conditions: ['breast-cancer-screening'], q: 'mamogram' },
  { conditions: ['depression'], q: 'depression' },
  { conditions: ['depression'], q: 'feeling down' },
  { conditions: ['postpartum-depression'], q: 'postpartum depression' },
  { conditions: ['postpartum-depression'], q: 'baby blues' },
  { conditions: ['hip-replacement', 'hip-osteoarthritis'], q: 'hip replacement' },
  { conditions: ['hip-replacement', 'hip-osteoarthritis'], q: 'new hip' },
  { conditions: ['prenatal-care'], q: 'prenatal care' },
  { items: ['video-using-an-insulin-pen'], q: 'insulin pen' },
  { items: ['choosing-a-primary-care-provider'], q: 'primary care provider' },
  { items: ['video-what-is-an-a1c-test'], q: 'A1C test' },
  { conditions: ['hypertension'], prefix: true, q: 'hyperten' },
  { conditions: ['breast-cancer-screening'], prefix: true, q: 'mammo' },
  { conditions: ['asthma'], prefix: true, q: 'asth' },
  { conditions: ['hypertension'], locale: 'es', q: 'presión alta' },
  { conditions: ['hypertension'], locale: 'es', q: 'presion alta' },
  { conditions: ['hypertension'], locale: 'es', q: 'hipertensión' },
  { conditions: ['diabetes'], locale: 'es', q: 'azúcar alta' },
  { conditions: ['gestational-diabetes'], locale: 'es', q: 'diabetes gestacional' },
  { conditions: ['influenza'], locale: 'es', q: 'gripe' },
  { conditions: ['stroke'], locale: 'es', q: 'derrame cerebral' },
  { conditions: ['breast-cancer-screening'], locale: 'es', q: 'mamografía' },
  { conditions: ['postpartum-depression'], locale: 'es', q: 'depresión posparto' },
  { conditions: ['heart-failure'], locale: 'es', q: 'insuficiencia cardiaca' },
  { conditions: ['prenatal-care', 'gestational-diabetes'], locale: 'es', q: 'embarazo' },
]

describe('relevance', () => {
  it(`reaches precision@3 ≥ 0.9 over ${RELEVANCE.length} queries on the demo library`, async () => {
    const narrower = (slug: string): string[] => [slug, ...demoConditions.filter((c) => c.parent === slug).flatMap((c) => narrower(c.slug))]
    const store = await deliveryStore(carepath.payload)
    const rows: string[] = []
    let sum = 0
    for (const { conditions, items, locale = 'en', prefix = false, q } of RELEVANCE) {
      const wanted = new Set(conditions?.flatMap(narrower) ?? [])
      const relevant = new Set(items ?? demoItems.filter((i) => i.conditions.some((c) => wanted.has(c))).map((i) => i.key))
      const { body, status } = await search({ locale, prefix: String(prefix), q })
      expect(status).toBe(200)
      const top = slugs(body).slice(0, 3)
      // Out of three, or of the relevant items an anonymous visitor may be shown (web, current), when fewer.
      const showable = [...relevant].filter((key) => {
        const item = store.bySlug(demoItems.find((i) => i.key === key)!.type, key)
        return item && item.channels.includes('web') && isServable(item, { ...store.availability, now: new Date() })
      })
      const out = Math.min(3, showable.length)
      const precision = out === 0 ? 0 : top.filter((slug) => relevant.has(slug)).length / out
      sum += precision
      rows.push(`${precision.toFixed(2)}  ${locale}${prefix ? ' prefix' : ''}  "${q}" → ${top.map((s) => (relevant.has(s) ? s : `✗ ${s}`)).join(', ')}`)
    }
    const precisionAt3 = sum / RELEVANCE.length
    console.log(`Search relevance: precision@3 = ${precisionAt3.toFixed(3)} over ${RELEVANCE.length} queries\n${rows.join('\n')}`)
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(40)
    expect(precisionAt3).toBeGreaterThanOrEqual(0.9)
  })
})

describe("patients' words", () => {
  it('finds hypertension content for "high blood pressure" and "presión alta", saying which synonym matched', async () => {
    const english = (await search({ q: 'high blood pressure' })).body
    expect(english.understood).toEqual([{ condition: 'hypertension', name: 'Hypertension', value: 'high blood pressure', via: 'synonym' }])
    expect(english.hits.slice(0, 3).every((h) => h.item.conditions.includes('hypertension'))).toBe(true)
    expect(english.hits[0]!.reasons).toContainEqual({ condition: 'hypertension', field: 'conditions', kind: 'condition', value: 'high blood pressure', via: 'synonym' })
    expect(english.hits[0]!.reasons.some((r) => r.kind === 'text' && r.field === 'title')).toBe(true)

    const spanish = (await search({ locale: 'es', q: 'presion alta' })).body
    expect(spanish.understood[0]).toMatchObject({ condition: 'hypertension', name: 'Hipertensión', value: 'presión alta', via: 'synonym' })
    expect(spanish.hits.slice(0, 3).every((h) => h.item.conditions.includes('hypertension') && h.item.locale === 'es')).toBe(true)
    expect(spanish.hits[0]!.titleHtml).toMatch(/<mark>presión<\/mark> <mark>alta<\/mark>/)

    const sugar = (await search({ q: 'high blood sugar' })).body
    expect(sugar.understood.map((u) => u.condition)).toEqual(['diabetes'])
    expect(sugar.hits[0]!.item.slug).toBe('signs-of-high-blood-sugar')
    // Items tagged only with a narrower condition (type 2 diabetes) count too.
    expect(sugar.hits.some((h) => h.item.conditions.includes('type-2-diabetes') && !h.item.conditions.includes('diabetes'))).toBe(true)
  })

  it('forgives typos', async () => {
    for (const q of ['diabetis', 'hypertenson', 'mamogram']) {
      const { body, status } = await search({ q })
      expect(status).toBe(200)
      expect(body.hits.length).toBeGreaterThan(0)
    }
    expect((await search({ q: 'hypertenson' })).body.hits[0]!.item.conditions).toContain('hypertension')
    expect((await search({ q: 'diabetis' })).body.understood[0]).toMatchObject({ condition: 'diabetes', via: 'name' })
  })

  it('reads ICD-10-CM codes typed as text', async () => {
    for (const q of ['E11.9', 'e11', 'e119']) {
      const { body } = await search({ q })
      expect(body.understood).toEqual([expect.objectContaining({ condition: 'type-2-diabetes', value: 'E11.9', via: 'code' })])
      expect(body.hits.length).toBeGreaterThan(0)
      expect(body.hits.every((h) => h.item.conditions.includes('type-2-diabetes'))).toBe(true)
      expect(body.hits[0]!.reasons).toContainEqual({ condition: 'type-2-diabetes', field: 'conditions', kind: 'code', value: 'E11.9', via: 'code' })
    }
  })

  it('completes an unfinished last word only for typeahead (prefix=true)', async () => {
    expect((await search({ q: 'hyperten' })).body.hits).toEqual([])
    const typeahead = (await search({ prefix: 'true', q: 'hyperten' })).body
    expect(typeahead.hits[0]!.item.conditions).toContain('hypertension')
    expect((await search({ prefix: 'true', q: 'mammo' })).body.hits[0]!.item.conditions).toContain('breast-cancer-screening')
  })

  it('boosts the stage asked for, and filters by it only with filter=true', async () => {
    const plain = (await search({ first: '50', q: 'diabetes' })).body
    const boosted = (await search({ first: '50', q: 'diabetes', stage: 'conversion' })).body
    expect(boosted.total).toBe(plain.total)
    const rank = (answer: Answer) => answer.hits.findIndex((h) => h.item.stages.includes('conversion'))
    expect(rank(boosted)).toBeLessThanOrEqual(rank(plain))
    const filtered = (await search({ filter: 'true', first: '50', q: 'diabetes', stage: 'conversion' })).body
    expect(filtered.total).toBeLessThan(plain.total)
    expect(filtered.hits.every((h) => h.item.stages.includes('conversion'))).toBe(true)
  })
})

describe('what is searchable', () => {
  it('never returns ended events, lapsed reviews or other channels to anonymous visitors', async () => {
    const stroke = slugs((await search({ first: '50', q: 'stroke' })).body)
    expect(stroke).toContain('stroke-signs-be-fast')
    expect(stroke).not.toContain('event-stroke-survivors-group-october') // ended in October
    expect(slugs((await search({ first: '50', q: 'cholesterol numbers' })).body)).not.toContain('know-your-cholesterol-numbers') // review lapsed
    expect(slugs((await search({ first: '50', q: 'heart failure' })).body)).not.toContain('heart-failure-daily-weight') // portal only
    expect(slugs((await search({ first: '50', q: 'heart failure' }, apiKey)).body)).toContain('heart-failure-daily-weight')
    const refused = await search({ channel: 'email', q: 'heart failure' })
    expect(refused.status).toBe(403)
  })

  it('sees a publish and an unpublish after a sync, and escapes what editors typed', async () => {
    const { payload } = carepath
    const condition = (await payload.find({ collection: 'conditions', where: { slug: { equals: 'asthma' } } })).docs[0]!
    const published = await publishApproved(payload, {
      collection: 'articles',
      context: { brandGate: 'record-only' },
      data: {
        body: lexical('Wheeze-free mornings: keep your <b>rescue</b> inhaler close & check the "zircon" counter.'),
        conditions: [condition.id],
        stages: ['retention'],
        summary: 'Zircon tips for <script>alert(1)</script> & more.',
        title: 'Zircon <i>inhaler</i> tips & tricks',
      },
    })
    await sync()
    const found = (await search({ q: 'zircon' })).body
    expect(found.hits.map((h) => h.item.slug)).toEqual([published.slug])
    expect(found.hits[0]!.titleHtml).toBe('<mark>Zircon</mark> &lt;i&gt;inhaler&lt;/i&gt; tips &amp; tricks')
    expect(found.hits[0]!.snippet).toBe('<mark>Zircon</mark> tips for &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.')
    expect(found.hits[0]!.snippet).not.toContain('<script>')

    const reviewer = (await createStaff(payload, ['medicalReviewer'], 'search-reviewer', { credentials: 'MD' })).token
    expect((await api.rest('PATCH', `articles/${published.id}`, { auth: { token: reviewer }, body: { _status: 'draft' } })).status).toBe(200)
    await sync()
    expect((await search({ q: 'zircon' })).body.hits).toEqual([])
  })
})

describe('answers and refusals', () => {
  it('suggests a spelling when nothing matches', async () => {
    const { body } = await search({ q: 'hypertenshunn' })
    expect(body.total).toBe(0)
    expect(body.didYouMean).toBe('hypertension')
    expect((await search({ q: 'qqqxxzz' })).body.didYouMean).toBeNull()
  })

  it('refuses empty, one-letter and identifier-like queries without repeating them', async () => {
    const refusals: Array<[Record<string, string>, RegExp]> = [
      [{ q: '' }, /at least 2 letters or digits/],
      [{ q: ' a ' }, /at least 2 letters or digits/],
      [{ q: 'jane.doe@example.com diabetes' }, /looks like an email address/],
      [{ q: 'MRN 00123456' }, /medical record/],
      [{ q: 'born 1984-03-12 asthma' }, /date of birth/],
      [{ q: '555-867-5309' }, /phone number/],
      [{ q: 'x'.repeat(201) }, /too long/],
      [{ first: '500', q: 'flu' }, /first must be/],
      [{ after: 'bm90LWEtY3Vyc29y', q: 'flu' }, /cursor/],
      [{ q: 'flu', name: 'Jane' }, /Unknown parameter name/],
      [{ prefix: 'yes', q: 'flu' }, /prefix must be true or false/],
      [{ q: 'flu', segments: 'Jane Doe' }, /segments/],
    ]
    for (const [params, message] of refusals) {
      const { body, status } = await search(params)
      expect({ params, status }).toEqual({ params, status: 400 })
      expect(body.errors![0]!.message).toMatch(message)
      for (const value of Object.values(params)) if (value.length > 3) expect(body.errors![0]!.message).not.toContain(value)
    }
    // Payload's route answers the same.
    const viaPayload = await api.rest('GET', 'search?q=a')
    expect(viaPayload.status).toBe(400)
    expect(JSON.stringify(viaPayload.body)).toMatch(/at least 2 letters or digits/)
  })

  it('pages by cursor without repeats', async () => {
    const first = (await search({ first: '3', q: 'diabetes' })).body
    expect(first.hits).toHaveLength(3)
    expect(first.pageInfo.hasNextPage).toBe(true)
    const second = (await search({ after: first.pageInfo.endCursor!, first: '3', q: 'diabetes' })).body
    expect(second.hits).toHaveLength(3)
    const all = (await search({ first: '6', q: 'diabetes' })).body
    expect([...slugs(first), ...slugs(second)]).toEqual(slugs(all))
  })

  it('answers the same on /api/graphql, /api/delivery/graphql and GET /api/search', async () => {
    const query = `query ($q: String!) { search(query: $q, locale: es, first: 5) {
      total didYouMean understood { condition via value }
      pageInfo { hasNextPage endCursor }
      hits { titleHtml snippet reasons { kind field value condition via } item { slug type locale ... on DeliveredEvent { startsAt } } }
    } }`
    const viaPayload = await api.graphql(query, { q: 'azucar alta' })
    expect(viaPayload.body.errors).toBeUndefined()
    const fast = await (await fetch(`${base}${FAST_GRAPHQL_PATH}`, { body: JSON.stringify({ query, variables: { q: 'azucar alta' } }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })).json()
    expect(fast).toEqual(viaPayload.body)
    const rest = (await search({ first: '5', locale: 'es', q: 'azucar alta' })).body
    expect(viaPayload.body.data.search.hits.map((h: Hit) => h.item.slug)).toEqual(slugs(rest))
    expect(viaPayload.body.data.search.understood).toEqual([{ condition: 'diabetes', value: 'azúcar alta', via: 'synonym' }])

    const refused = await api.graphql(`{ search(query: "a") { total } }`)
    expect(refused.body.errors?.[0]?.message).toMatch(/at least 2 letters or digits/)
  })
})
