import { seedDemo } from '@/seed/seedDemo'
import { demoItems } from '@/seed/data'

import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath

beforeAll(async () => {
  carepath = await bootCarepath()
})

afterAll(async () => {
  await carepath?.shutdown()
})

it('loads the demo library into an empty database, and never twice', async () => {
  const first = await seedDemo(carepath.payload)
  expect(first.seeded).toBe(true)
  // Only the items deliberately past their 24-month medical review break the brand guidelines.
  const lapsed = demoItems.filter((i) => i.medicalReviewedAt && Date.now() - Date.parse(i.medicalReviewedAt) > 730 * 86_400_000)
  expect(lapsed.length).toBeGreaterThan(0)
  expect(first.seeded && first.counts.publishedWithBrandErrors).toBe(lapsed.length)
  const { payload } = carepath
  const count = async (collection: 'articles' | 'conditions' | 'events' | 'pamphlets' | 'segments' | 'snippets' | 'videos') =>
    (await payload.count({ collection, where: { id: { exists: true } } })).totalDocs

  expect(await count('conditions')).toBeGreaterThanOrEqual(12)
  expect(await count('segments')).toBeGreaterThanOrEqual(6)
  const items = (await count('articles')) + (await count('pamphlets')) + (await count('videos')) + (await count('events'))
  expect(items).toBe(demoItems.length)
  expect(items).toBeGreaterThanOrEqual(60)

  // Published, in both languages, with snippets in use.
  const published = await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
  expect(published.totalDocs).toBe(await count('articles'))
  const managing = await payload.find({ collection: 'articles', locale: 'es', where: { 'variants.segments': { exists: true } } })
  expect(managing.totalDocs).toBeGreaterThan(0)
  const withSnippets = await payload.count({ collection: 'articles', where: { snippetRefs: { exists: true } } })
  expect(withSnippets.totalDocs).toBeGreaterThan(10)
  const spanish = await payload.find({ collection: 'articles', fallbackLocale: false as never, limit: 200, locale: 'es' })
  expect(spanish.docs.filter((d) => d.title).length).toBeGreaterThanOrEqual(10)

  const again = await seedDemo(payload)
  expect(again).toEqual({ reason: 'the database already has users or content', seeded: false })
  expect((await count('articles')) + (await count('pamphlets')) + (await count('videos')) + (await count('events'))).toBe(items)
})
