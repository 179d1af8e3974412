import { DEMO_BRAND_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL, demoUsers } from '@/seed/accounts'
import { seedDemo } from '@/seed/seedDemo'
import { idleRules } from '@/brand'
import { settingsFromGuidelines } from '@/brandGate/settingsFromGuidelines'
import { demoItems, demoPrograms } from '@/seed/data'

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

  // Every demo item went through the workflow: approved by the demo medical reviewer, exactly as published.
  const reviewer = (await payload.find({ collection: 'users', where: { email: { equals: DEMO_REVIEWER_EMAIL } } })).docs[0]!
  const demoReviewer = demoUsers.find((u) => u.email === DEMO_REVIEWER_EMAIL)!
  expect(reviewer.credentials).toBe('MD')
  const reviews = (await payload.find({ collection: 'content-reviews', depth: 0, limit: 0, pagination: false })).docs
  let checked = 0
  for (const type of ['articles', 'pamphlets', 'videos', 'events'] as const) {
    const { docs } = await payload.find({ collection: type, depth: 0, draft: false, limit: 0, locale: 'all', pagination: false })
    for (const doc of docs) {
      const key = `${type}/${doc.slug}`
      expect([key, doc._status, doc.workflow?.state]).toEqual([key, 'published', 'published'])
      const hash = doc.workflow?.contentHash
      expect(hash).toMatch(/^[0-9a-f]{64}$/)
      const approval = reviews.find((r) => r.act === 'approve' && r.itemType === type && r.itemId === String(doc.id) && r.contentHash === hash)
      expect([key, approval?.reviewer, approval?.credentials]).toEqual([key, reviewer.id, 'MD'])
      expect([key, doc.medicalReviewer]).toEqual([key, `${demoReviewer.name}, MD`])
      // The approval carries the item's review date from the demo data (the lapsed ones included).
      const item = demoItems.find((i) => i.key === doc.slug)!
      if (item.medicalReviewedAt) expect([key, String(doc.medicalReviewedAt).slice(0, 10)]).toEqual([key, item.medicalReviewedAt])
      checked += 1
    }
  }
  expect(checked).toBe(demoItems.length)

  // The demo programs are published through the workflow (approved by the brand manager), in schedule order, in both
  // languages where the program is.
  const brand = (await payload.find({ collection: 'users', where: { email: { equals: DEMO_BRAND_MANAGER_EMAIL } } })).docs[0]!
  const programs = (await payload.find({ collection: 'programs', depth: 0, draft: false, limit: 0, locale: 'all', pagination: false, sort: 'slug' })).docs
  expect(programs.map((p) => [p.slug, p._status, p.workflow?.state])).toEqual(
    demoPrograms.map((p) => [p.slug, 'published', 'published']).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  )
  for (const program of programs) {
    const approval = reviews.find((r) => r.act === 'approve' && r.itemType === 'programs' && r.itemId === String(program.id) && r.contentHash === program.workflow?.contentHash)
    expect([program.slug, approval?.reviewer]).toEqual([program.slug, brand.id])
  }
  const newMom = programs.find((p) => p.slug === 'new-mom')!
  expect(newMom.name).toEqual({ en: 'New mom', es: 'Mamá primeriza' })
  expect(newMom.tracks!.map((t) => t.slug)).toEqual(['baby', 'mom', 'family'])
  const days = newMom.tracks!.flatMap((t) => t.steps!.map((s) => s.day!))
  expect([Math.min(...days), Math.max(...days)]).toEqual([-60, 365])
  for (const track of newMom.tracks!) expect(track.steps!.map((s) => s.day)).toEqual([...track.steps!.map((s) => s.day)].sort((a, b) => a! - b!))
  expect(programs.find((p) => p.slug === 'flu-season')!.tracks!.flatMap((t) => t.steps!.map((s) => s.window?.from))).toContain('12-01')

  const again = await seedDemo(payload)
  expect(again).toEqual({ reason: 'the database already has users or content', seeded: false })
  expect((await count('articles')) + (await count('pamphlets')) + (await count('videos')) + (await count('events'))).toBe(items)

  // The demo guidelines require the medical disclaimer in articles, pamphlets and videos, so every rule that is on can
  // fire (the guidelines page shows no warning), and choosing it queued no re-check of content not yet published.
  const guidelines = await payload.findGlobal({ depth: 0, slug: 'brandGuidelines' })
  const disclaimer = (await payload.find({ collection: 'snippets', where: { slug: { equals: 'medical-disclaimer' } } })).docs[0]!
  expect(guidelines.disclaimers).toMatchObject({ articles: disclaimer.id, events: null, pamphlets: disclaimer.id, videos: disclaimer.id })
  expect(idleRules(settingsFromGuidelines(guidelines))).toEqual([])
  expect((await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'recheckBrandCompliance' } } })).totalDocs).toBe(0)
  // And the rule fires: a new article without the disclaimer is told to add it.
  const withoutDisclaimer = await payload.create({
    collection: 'articles',
    data: { _status: 'draft', clinical: false, stages: ['awareness'], title: 'Walking after a heart attack' },
    draft: true,
  })
  const findings = (withoutDisclaimer.brandCheck as { findings: Array<{ rule: string; severity: string }> }).findings
  expect(findings).toContainEqual(
    expect.objectContaining({ message: expect.stringContaining('the disclaimer snippet “Medical disclaimer”'), path: 'body', rule: 'requiredDisclaimer', severity: 'error' }),
  )
  // Every item is submitted, approved and published through the workflow: 2–5 minutes when the suite runs two files at once.
}, 600_000)
