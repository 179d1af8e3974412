import { REVIEWED_FIELDS, contentHash, isClinical, reviewedContent, snippetIdsIn } from '@/workflow'
import { CONTENT_TYPES, type ContentType } from '@/taxonomy/contentTypes'

/** A Lexical document, as stored, with one paragraph per string and optional blocks. */
const lexical = (paragraphs: string[], blocks: unknown[] = []) => ({
  root: {
    children: [
      ...paragraphs.map((text) => ({
        children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'paragraph',
        version: 1,
      })),
      ...blocks,
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})
const snippetBlock = (id: number, rowId = `blk${id}`) => ({ fields: { blockName: '', blockType: 'snippet', id: rowId, snippet: id }, format: '', type: 'block', version: 2 })

/** An article as read with `locale: 'all'`, depth 0. */
const article = () => ({
  id: 7,
  body: { en: lexical(['High blood sugar harms the body.'], [snippetBlock(3)]), es: lexical(['El azúcar alta daña el cuerpo.']) },
  citations: [{ id: 'row-c1', title: 'ADA Standards of Care 2025', url: 'https://diabetesjournals.org/care' }],
  clinical: true,
  conditions: [4],
  createdAt: '2026-01-01T00:00:00.000Z',
  heroImage: 12,
  medicalReviewedAt: '2026-01-02T00:00:00.000Z',
  relatedContent: [{ relationTo: 'articles', value: 9 }],
  segments: [1],
  slug: 'about-diabetes',
  stages: ['awareness'],
  summary: { en: 'What diabetes is.', es: 'Qué es la diabetes.' },
  title: { en: 'About diabetes', es: 'Sobre la diabetes' },
  updatedAt: '2026-01-02T00:00:00.000Z',
  variants: [{ body: { en: lexical(['For new moms: check often.']) }, id: 'row-v1', segments: [2], summary: { en: 'For moms.' }, title: { en: 'Diabetes for moms' } }],
  workflow: { contentHash: 'abc', state: 'approved' },
})

const snippets = new Map<string, unknown>([['3', { en: lexical(['Call 911 if you feel faint.']), es: lexical(['Llame al 911 si se siente débil.']) }]])
const hash = (doc: Record<string, unknown>, type: ContentType = 'articles', texts = snippets) => contentHash(reviewedContent(type, doc, texts))

/** Reverses key order everywhere: same data, different JSON. */
const reordered = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reordered)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)]))
  return value
}

describe('reviewedContent / contentHash', () => {
  it('REVIEWED_FIELDS names every content type (and programs) and the fields every content type shares', () => {
    expect(Object.keys(REVIEWED_FIELDS).sort()).toEqual([...CONTENT_TYPES, 'programs'].sort())
    for (const type of CONTENT_TYPES) expect(REVIEWED_FIELDS[type]).toEqual(expect.arrayContaining(['title', 'summary', 'body', 'variants', 'citations', 'clinical']))
  })

  it('treats content as clinical unless marked otherwise, and programs never (their steps point at reviewed content)', () => {
    expect([isClinical('articles', {}), isClinical('events', { clinical: true }), isClinical('videos', { clinical: false })]).toEqual([true, true, false])
    expect(isClinical('programs', {})).toBe(false)
  })

  it("hashes a program's schedule: a changed step changes the hash, its row ids do not", () => {
    const program = (day: number, id = 'row1') => ({ anchor: 'birth', name: 'New mom', stages: ['retention'], tracks: [{ id: 't1', name: 'Baby', slug: 'baby', steps: [{ channel: 'email', content: { relationTo: 'articles', value: 3 }, day, id }] }] })
    const base = contentHash(reviewedContent('programs', program(14)))
    expect(contentHash(reviewedContent('programs', program(14, 'row2')))).toBe(base)
    expect(contentHash(reviewedContent('programs', program(15)))).not.toBe(base)
    // Targeting is metadata, as on content.
    expect(contentHash(reviewedContent('programs', { ...program(14), stages: ['awareness'] }))).toBe(base)
    // So is a step's internal note (never delivered).
    const noted = program(14)
    ;(noted.tracks[0]!.steps[0] as Record<string, unknown>).note = 'Sent around week 31.'
    expect(contentHash(reviewedContent('programs', noted))).toBe(base)
  })

  it('hashes the same content the same way regardless of key order, row ids, editor keys and empty values', () => {
    const base = hash(article())
    expect(hash(reordered(article()) as never)).toBe(base)
    const renumbered = article()
    renumbered.citations[0]!.id = 'another-row-id'
    renumbered.variants[0]!.id = 'another-variant-row'
    ;(renumbered.body.en.root.children[1] as ReturnType<typeof snippetBlock>).fields.id = 'another-block-id'
    expect(hash(renumbered)).toBe(base)
    const withEmpties = { ...article(), citations: [...article().citations, {}], summary: { ...article().summary, fr: '' }, transcript: null, variants: [{ ...article().variants[0]!, body: { ...article().variants[0]!.body, es: null } }] }
    expect(hash(withEmpties)).toBe(base)
    // A populated upload or relation counts as its id.
    expect(hash({ ...article(), heroImage: { createdAt: '2026-01-01', filename: 'a.png', id: 12, updatedAt: '2026-01-01' } })).toBe(base)
    // Unset `clinical` reads as clinical.
    const { clinical: _, ...unset } = article()
    expect(hash(unset)).toBe(base)
    expect(hash(article())).toMatch(/^[0-9a-f]{64}$/)
  })

  describe('changes when a reviewed field changes', () => {
    const changes: Array<[string, (doc: ReturnType<typeof article>) => void]> = [
      ['an English title', (d) => (d.title.en = 'About Diabetes')],
      ['a Spanish-only typo', (d) => (d.title.es = 'Sobre la diabetis')],
      ['the Spanish summary', (d) => (d.summary.es = 'Qué es la diabetes tipo 2.')],
      ['a word in the body', (d) => (d.body.en = lexical(['High blood sugar harms your body.'], [snippetBlock(3)]))],
      ['a variant body', (d) => (d.variants[0]!.body.en = lexical(['For new moms: check every day.']))],
      ['a variant title', (d) => (d.variants[0]!.title.en = 'Diabetes for new moms')],
      ['a removed variant', (d) => (d.variants = [])],
      ['a citation', (d) => (d.citations[0]!.url = 'https://example.org/other')],
      ['the clinical flag', (d) => ((d as { clinical: boolean }).clinical = false)],
      ['the hero image', (d) => (d.heroImage = 13)],
      ['a different snippet', (d) => ((d.body.en.root.children[1] as ReturnType<typeof snippetBlock>).fields.snippet = 4)],
    ]
    it.each(changes)('%s', (_, change) => {
      const doc = article()
      change(doc)
      expect(hash(doc)).not.toBe(hash(article()))
    })

    it("a snippet's resolved text (the item itself unchanged)", () => {
      const edited = new Map(snippets)
      edited.set('3', { en: lexical(['Call 911 if you feel faint.']), es: lexical(['Llame al 911 si se siente débil!']) })
      expect(hash(article(), 'articles', edited)).not.toBe(hash(article()))
    })

    it('event schedule and place, video captions and source, pamphlet PDF', () => {
      const event = { attendance: 'in-person', capacity: 20, endsAt: '2026-05-01T16:00:00Z', kind: 'class', location: { city: 'Springfield', street: '1 Main St' }, startsAt: '2026-05-01T15:00:00Z', status: 'scheduled', title: { en: 'Class' } }
      for (const change of [{ startsAt: '2026-05-02T15:00:00Z' }, { location: { city: 'Springfield', street: '2 Main St' } }, { timeZone: 'America/Chicago' }, { registrationUrl: 'https://x.org' }]) {
        expect(hash({ ...event, ...change }, 'events')).not.toBe(hash(event, 'events'))
      }
      const video = { captions: [{ file: 1, language: 'en' }], source: 'url', title: { en: 'V' }, url: 'https://v.example.org/1' }
      expect(hash({ ...video, captions: [{ file: 2, language: 'en' }] }, 'videos')).not.toBe(hash(video, 'videos'))
      expect(hash({ ...video, transcript: { en: 'Hello' } }, 'videos')).not.toBe(hash(video, 'videos'))
      expect(hash({ pdf: 1, title: { en: 'P' } }, 'pamphlets')).not.toBe(hash({ pdf: 2, title: { en: 'P' } }, 'pamphlets'))
    })
  })

  describe('does not change for metadata', () => {
    const changes: Array<[string, (doc: ReturnType<typeof article>) => void]> = [
      ['journey stages', (d) => (d.stages = ['retention'])],
      ['segments of a variant', (d) => (d.variants[0]!.segments = [5, 6])],
      ['segments of the item', (d) => (d.segments = [])],
      ['conditions', (d) => (d.conditions = [4, 5])],
      ['related content', (d) => (d.relatedContent = [{ relationTo: 'videos', value: 2 }])],
      ['slug', (d) => (d.slug = 'diabetes-basics')],
      ['review results and workflow bookkeeping', (d) => ((d.medicalReviewedAt = '2027-01-01T00:00:00.000Z'), (d.workflow = { contentHash: 'zzz', state: 'inReview' }))],
      ['timestamps', (d) => (d.updatedAt = '2027-01-01T00:00:00.000Z')],
    ]
    it.each(changes)('%s', (_, change) => {
      const doc = article()
      change(doc)
      expect(hash(doc)).toBe(hash(article()))
    })

    it('event status and capacity', () => {
      const event = { attendance: 'in-person', capacity: 20, kind: 'class', startsAt: '2026-05-01T15:00:00Z', status: 'scheduled', title: { en: 'Class' } }
      expect(hash({ ...event, capacity: 5, status: 'full' }, 'events')).toBe(hash(event, 'events'))
      expect(hash({ ...event, status: 'cancelled' }, 'events')).toBe(hash(event, 'events'))
    })
  })

  it('finds the snippets referenced in reviewed fields (ids or populated), not elsewhere', () => {
    const doc = { ...article(), variants: [{ body: { en: lexical([], [{ ...snippetBlock(5), fields: { blockType: 'snippet', snippet: { id: 6 } } }]) } }], notes: lexical([], [snippetBlock(99)]) }
    expect(snippetIdsIn('articles', doc).sort()).toEqual(['3', '6'])
  })
})
