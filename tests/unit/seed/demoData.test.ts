
import { brandCheckInputSchema, brandGuidelineSettingsSchema, checkContent, idleRules } from '@/brand'
import { validateSNOMEDCT } from '@/clinical/snomed'
import { LOCALES } from '@/taxonomy/locales'
import { demoConditions, demoDisclaimers, demoItems, demoSegments, demoSnippets } from '@/seed/data'
import type { DemoItem, LocalizedText } from '@/seed/data/types'

/** "Today" for the demo library: review dates and event dates are judged against it. */
const NOW = new Date('2026-11-22T12:00:00Z')
const monthsAgo = (n: number) => {
  const d = new Date(NOW)
  d.setUTCMonth(d.getUTCMonth() - n)
  return d
}

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/
const ICD10_CM = /^[A-Z][0-9][A-Z0-9](\.[A-Z0-9]{1,4})?$/

/** SNOMED CT concept id, checked by the same validator the Conditions collection uses. */
const snomedConceptValid = (id: string) => validateSNOMEDCT(id).ok

const texts = (t?: Partial<LocalizedText>) => (t ? [t.title ?? '', t.summary ?? '', ...(t.body ?? [])] : [])
const itemTexts = (item: DemoItem): string[] => [
  ...texts(item.en),
  ...texts(item.es),
  ...(item.variants ?? []).flatMap((v) => [...texts(v.en), ...texts(v.es)]),
  ...(item.type === 'videos' ? item.transcript : []),
]
const localized = (item: DemoItem): Partial<LocalizedText>[] => [
  ...(item.en ? [item.en] : []),
  ...(item.es ? [item.es] : []),
  ...(item.variants ?? []).flatMap((v) => [v.en, v.es].filter((t): t is Partial<LocalizedText> => !!t)),
]

const allStages = ['awareness', 'acceptance', 'acquisition', 'conversion', 'retention'] as const

describe('demo content library', () => {
  const conditionSlugs = new Set(demoConditions.map((c) => c.slug))
  const segmentSlugs = new Set(demoSegments.map((s) => s.slug))
  const snippetKeys = new Set(demoSnippets.map((s) => s.key))
  const byType = (type: DemoItem['type']) => demoItems.filter((i) => i.type === type)

  describe('conditions', () => {
    it('has at least 14 conditions with unique kebab-case slugs', () => {
      expect(demoConditions.length).toBeGreaterThanOrEqual(14)
      expect(conditionSlugs.size).toBe(demoConditions.length)
      for (const c of demoConditions) expect(c.slug).toMatch(kebab)
    })

    it('has names, 1–3 synonyms, a service line and a description', () => {
      for (const c of demoConditions) {
        expect(c.name.trim()).not.toBe('')
        expect(c.synonyms.length).toBeGreaterThanOrEqual(1)
        expect(c.synonyms.length).toBeLessThanOrEqual(3)
        expect(c.serviceLine.trim()).not.toBe('')
        expect(c.description.trim()).not.toBe('')
      }
    })

    it('uses well-formed ICD-10-CM codes', () => {
      for (const c of demoConditions) for (const code of c.icd10) expect(code).toMatch(ICD10_CM)
      // Only a grouping concept (one that other conditions point to) may go without an ICD-10-CM code.
      const parents = new Set(demoConditions.map((c) => c.parent).filter(Boolean))
      for (const c of demoConditions.filter((x) => x.icd10.length === 0)) expect(parents).toContain(c.slug)
    })

    it('uses SNOMED CT concept ids that pass the Verhoeff check', () => {
      expect(snomedConceptValid('44054006')).toBe(true)
      expect(snomedConceptValid('44054007')).toBe(false)
      for (const c of demoConditions) for (const id of c.snomed) expect([c.slug, id, snomedConceptValid(id)]).toEqual([c.slug, id, true])
    })

    it('carries the agreed codes', () => {
      const code = (slug: string) => demoConditions.find((c) => c.slug === slug)
      expect(code('type-2-diabetes')).toMatchObject({ icd10: ['E11.9'], snomed: ['44054006'], parent: 'diabetes' })
      expect(code('gestational-diabetes')).toMatchObject({ icd10: ['O24.419'], snomed: ['11687002'], parent: 'diabetes' })
      expect(code('diabetes')?.snomed).toEqual(['73211009'])
      expect(code('hypertension')).toMatchObject({ icd10: ['I10'], snomed: ['38341003'] })
      expect(code('hypertension')?.synonyms).toContain('high blood pressure')
      expect(code('stroke')).toMatchObject({ icd10: ['I63.9'], snomed: ['230690007'] })
    })

    it('points parents at existing, different conditions', () => {
      for (const c of demoConditions.filter((x) => x.parent)) {
        expect(conditionSlugs).toContain(c.parent)
        expect(c.parent).not.toBe(c.slug)
      }
    })
  })

  describe('segments and snippets', () => {
    it('has at least 7 segments with unique slugs and one-sentence descriptions', () => {
      expect(demoSegments.length).toBeGreaterThanOrEqual(7)
      expect(segmentSlugs.size).toBe(demoSegments.length)
      for (const s of demoSegments) {
        expect(s.slug).toMatch(kebab)
        expect(s.description).toMatch(/^[^.!?]+[.!?]$/)
      }
    })

    it('has at least 5 snippets with unique keys, including the required ones', () => {
      expect(demoSnippets.length).toBeGreaterThanOrEqual(5)
      expect(snippetKeys.size).toBe(demoSnippets.length)
      for (const key of ['when-to-call-911', 'medical-disclaimer', 'book-appointment', 'spanish-help-line', 'crisis-line-988'])
        expect(snippetKeys).toContain(key)
      for (const s of demoSnippets) {
        expect(s.key).toMatch(kebab)
        expect(s.paragraphs.length).toBeGreaterThan(0)
      }
      expect(demoSnippets.find((s) => s.key === 'medical-disclaimer')?.paragraphs[0]).toMatch(
        /^This information does not replace advice from your doctor/,
      )
    })
  })

  describe('items', () => {
    it('has enough items of each type', () => {
      expect(demoItems.length).toBeGreaterThanOrEqual(64)
      expect(byType('articles').length).toBeGreaterThanOrEqual(28)
      expect(byType('pamphlets').length).toBeGreaterThanOrEqual(12)
      expect(byType('videos').length).toBeGreaterThanOrEqual(12)
      expect(byType('events').length).toBeGreaterThanOrEqual(12)
    })

    it('has unique kebab-case keys', () => {
      const keys = demoItems.map((i) => i.key)
      expect(new Set(keys).size).toBe(keys.length)
      for (const k of keys) expect(k).toMatch(kebab)
    })

    it('only references conditions, segments and snippets that exist', () => {
      for (const item of demoItems) {
        for (const c of item.conditions) expect([item.key, conditionSlugs.has(c)]).toEqual([item.key, true])
        for (const s of item.segments) expect([item.key, segmentSlugs.has(s)]).toEqual([item.key, true])
        for (const s of item.snippets) expect([item.key, snippetKeys.has(s)]).toEqual([item.key, true])
        for (const v of item.variants ?? []) {
          expect(v.segments.length).toBeGreaterThan(0)
          for (const s of v.segments) expect([item.key, segmentSlugs.has(s)]).toEqual([item.key, true])
          expect(v.en ?? v.es).toBeDefined()
        }
      }
    })

    it('covers every stage, type, segment and channel', () => {
      const stages = new Set(demoItems.flatMap((i) => i.stages))
      for (const s of allStages) expect(stages).toContain(s)
      expect(new Set(demoItems.map((i) => i.type))).toEqual(new Set(['articles', 'pamphlets', 'videos', 'events']))
      const usedSegments = new Set(demoItems.flatMap((i) => [...i.segments, ...(i.variants ?? []).flatMap((v) => v.segments)]))
      for (const s of segmentSlugs) expect(usedSegments).toContain(s)
      expect(new Set(demoItems.flatMap((i) => i.channels))).toEqual(new Set(['web', 'portal', 'email', 'sms']))
      for (const item of demoItems) {
        expect(item.stages.length).toBeGreaterThan(0)
        expect(item.channels.length).toBeGreaterThan(0)
      }
    })

    it('has English everywhere except a few Spanish-only items, and at least 20 Spanish items', () => {
      for (const item of demoItems) expect([item.key, !!(item.en ?? item.es)]).toEqual([item.key, true])
      expect(demoItems.filter((i) => i.es).length).toBeGreaterThanOrEqual(20)
      const spanishOnly = demoItems.filter((i) => i.es && !i.en)
      expect(spanishOnly.length).toBeGreaterThanOrEqual(3)
      expect(demoItems.filter((i) => !i.en).length).toBe(spanishOnly.length)
    })

    it('has at least 6 items with segment variants', () => {
      expect(demoItems.filter((i) => (i.variants ?? []).length > 0).length).toBeGreaterThanOrEqual(6)
    })

    it('has no empty titles, summaries or paragraphs', () => {
      for (const item of demoItems) {
        for (const t of localized(item)) {
          if (t.title !== undefined) expect([item.key, t.title.trim() !== '']).toEqual([item.key, true])
          if (t.summary !== undefined) expect([item.key, t.summary.trim() !== '']).toEqual([item.key, true])
          for (const p of t.body ?? []) expect(p.replace(/^(## |- )/, '').trim()).not.toBe('')
        }
        for (const t of [item.en, item.es]) if (t) expect(t.body.length).toBeGreaterThan(0)
      }
    })

    /** The guidelines as the seed sets them up: the defaults, with the demo's disclaimers (snippet keys stand for ids). */
    const demoSettings = brandGuidelineSettingsSchema.parse({ requiredDisclaimer: demoDisclaimers })

    it('sets up guidelines in which every rule that is on can fire', () => {
      expect(idleRules(demoSettings)).toEqual([])
      for (const key of Object.values(demoDisclaimers)) expect(snippetKeys.has(key)).toBe(true)
    })

    /** The brand engine's report on every demo item in every language it has. */
    const reports = () =>
      demoItems.flatMap((item) =>
        LOCALES.flatMap((locale) => {
          const text = item[locale]
          if (!text) return []
          const variants = (item.variants ?? []).map((v) => v[locale]).filter((t): t is Partial<LocalizedText> => !!t)
          const input = brandCheckInputSchema.parse({
            citations: item.citations?.length ?? 0,
            clinical: true,
            locale,
            medicalReviewedAt: item.medicalReviewedAt ?? null,
            texts: [
              { path: 'title', role: 'title', text: text.title },
              { path: 'summary', role: 'summary', text: text.summary },
              ...text.body.map((p, i) => ({ path: `body.${i}`, role: 'body', text: p.replace(/^(## |- )/, '') })),
              ...variants.flatMap((v, i) => [
                ...(v.title ? [{ path: `variants.${i}.title`, role: 'title', text: v.title }] : []),
                ...(v.summary ? [{ path: `variants.${i}.summary`, role: 'summary', text: v.summary }] : []),
              ]),
            ],
            snippetIds: item.snippets,
            type: item.type,
            // The seed makes WebVTT captions from each video's transcript.
            ...(item.type === 'videos' ? { video: { hasCaptions: true, hasTranscript: item.transcript.length > 0 } } : {}),
          })
          return [{ item, locale, report: checkContent(input, demoSettings, { now: NOW }) }]
        }),
      )

    it('passes the real brand engine in every language, except the deliberately lapsed reviews', () => {
      const all = reports()
      const blocking = all.flatMap(({ item, locale, report }) =>
        report.findings.filter((f) => f.severity === 'error').map((f) => `${item.key} (${locale}) ${f.rule}: ${f.message}`),
      )
      expect(blocking.filter((finding) => !finding.includes(' medicalReviewFreshness: '))).toEqual([])
      const lapsed = new Set(blocking.map((finding) => finding.split(' ')[0]))
      expect(lapsed.size).toBe(3)
      // Length limits are warnings in the guidelines; the demo library keeps to them all the same.
      const tooLong = all.flatMap(({ item, locale, report }) =>
        report.findings.filter((f) => f.rule === 'titleLength' || f.rule === 'summaryLength').map((f) => `${item.key} (${locale}) ${f.path} "${f.text}": ${f.message}`),
      )
      expect(tooLong).toEqual([])
    })

    it('reads at about a grade 6–8 level in English, by the engine\'s own Flesch–Kincaid grade', () => {
      const grades = reports()
        .filter(({ locale }) => locale === 'en')
        .map(({ item, report }): [string, number] => [item.key, report.readability.fleschKincaidGrade ?? 0])
      const sorted = grades.map(([, g]) => g).sort((a, b) => a - b)
      const median = sorted[Math.floor(sorted.length / 2)]
      expect(median).toBeLessThanOrEqual(8)
      expect(grades.filter(([, g]) => g > 10.5)).toEqual([])
    })

    it('attaches the right safety snippets', () => {
      const clinical = demoItems.filter((i) => i.conditions.length > 0)
      const withDisclaimer = clinical.filter((i) => i.snippets.includes('medical-disclaimer'))
      expect(withDisclaimer.length / clinical.length).toBeGreaterThanOrEqual(0.75)
      for (const item of demoItems) {
        if (item.conditions.some((c) => c === 'stroke' || c === 'heart-attack' || c === 'heart-failure'))
          expect([item.key, item.snippets]).toEqual([item.key, expect.arrayContaining(['when-to-call-911'])])
        if (item.conditions.some((c) => c === 'depression' || c === 'postpartum-depression'))
          expect([item.key, item.snippets]).toEqual([item.key, expect.arrayContaining(['crisis-line-988'])])
        expect(new Set(item.snippets).size).toBe(item.snippets.length)
      }
    })

    it('has review dates that are mostly recent, with a few stale ones to flag', () => {
      const dated = demoItems.filter((i) => i.medicalReviewedAt)
      for (const i of dated) {
        expect(i.medicalReviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        const d = new Date(`${i.medicalReviewedAt}T00:00:00Z`)
        expect(Number.isNaN(d.getTime())).toBe(false)
        expect(d.getTime()).toBeLessThanOrEqual(NOW.getTime())
      }
      const recent = dated.filter((i) => new Date(i.medicalReviewedAt!) >= monthsAgo(18))
      const stale = dated.filter((i) => new Date(i.medicalReviewedAt!) < monthsAgo(24))
      expect(recent.length / demoItems.length).toBeGreaterThan(0.5)
      expect(stale.length).toBe(3)
    })

    it('cites sources by title with https URLs', () => {
      const cited = demoItems.filter((i) => (i.citations ?? []).length > 0)
      expect(cited.length).toBeGreaterThanOrEqual(20)
      for (const c of cited.flatMap((i) => i.citations!)) {
        expect(c.title.trim()).not.toBe('')
        expect(c.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/)
      }
    })

  })

  describe('videos', () => {
    it('have a YouTube or Vimeo URL, a duration and a transcript', () => {
      for (const v of demoItems.filter((i) => i.type === 'videos')) {
        if (v.type !== 'videos') continue
        expect(v.url).toMatch(/^https:\/\/(www\.youtube\.com\/watch\?v=[A-Za-z0-9_-]{11}|vimeo\.com\/\d+)$/)
        expect(Number.isInteger(v.durationSeconds) && v.durationSeconds > 0).toBe(true)
        expect(v.transcript.length).toBeGreaterThan(0)
      }
    })
  })

  describe('events', () => {
    const events = demoItems.filter((i): i is Extract<DemoItem, { type: 'events' }> => i.type === 'events')
    /** The UTC offset (e.g. "-06:00") in force in a time zone at an instant. */
    const offsetIn = (timeZone: string, at: Date) => {
      const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')!.value
      return name === 'GMT' ? '+00:00' : name.replace('GMT', '')
    }

    it('end after they start, with offsets that match their time zone', () => {
      for (const e of events) {
        const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/
        expect(e.startsAt).toMatch(iso)
        expect(e.endsAt).toMatch(iso)
        const start = new Date(e.startsAt)
        const end = new Date(e.endsAt)
        expect([e.key, end > start]).toEqual([e.key, true])
        expect([e.key, e.startsAt.slice(-6)]).toEqual([e.key, offsetIn(e.timeZone, start)])
        expect([e.key, e.endsAt.slice(-6)]).toEqual([e.key, offsetIn(e.timeZone, end)])
      }
    })

    it('are mostly upcoming (Dec 2026 – Jun 2027), two past, one cancelled, one full', () => {
      const past = events.filter((e) => new Date(e.endsAt) < NOW)
      expect(past.length).toBe(2)
      for (const e of past) expect(e.startsAt.slice(0, 7)).toMatch(/^2026-(09|10)$/)
      for (const e of events.filter((x) => !past.includes(x))) expect(e.startsAt.slice(0, 7) >= '2026-12' && e.startsAt.slice(0, 7) <= '2027-06').toBe(true)
      expect(events.filter((e) => e.status === 'cancelled').length).toBe(1)
      expect(events.filter((e) => e.status === 'full').length).toBe(1)
    })

    it('happen somewhere: in person, online or both', () => {
      for (const e of events) {
        expect([e.key, !!(e.location || e.virtualUrl)]).toEqual([e.key, true])
        if (e.virtualUrl) expect(e.virtualUrl).toMatch(/^https:\/\/meet\.example\.org\//)
        if (e.registrationUrl) expect(e.registrationUrl).toMatch(/^https:\/\/example\.org\//)
        if (e.location) expect(e.location.postalCode).toMatch(/^\d{5}$/)
        if (e.capacity !== undefined) expect(e.capacity).toBeGreaterThan(0)
      }
      expect(events.some((e) => e.location && !e.virtualUrl)).toBe(true)
      expect(events.some((e) => e.virtualUrl && !e.location)).toBe(true)
    })
  })
})
