import { firstDateInWindow, inWindow, parseCalendarDate } from '@/programs/delivery/calendar'
import { brokenInEveryLocale, programIntegrity, stepLabel, stepStatus, type StepContent } from '@/programs/delivery/integrity'
import { ProgramIndex } from '@/programs/delivery/programIndex'
import { programSteps } from '@/programs/delivery/schedule'
import { parseStepQuery, refuseUnknownParameters } from '@/programs/delivery/stepQuery'
import type { DeliveryProgram } from '@/programs/delivery/types'
import type { AvailabilityOptions, DeliveryItem } from '@/personalization'
import { matchesSubscription } from '@/webhooks/filters'
import { eventMessage } from '@/webhooks/message'

const now = new Date('2026-10-01T12:00:00Z')
const availability: AvailabilityOptions = { maxReviewAgeMonths: 24, now, withholdLapsedReviews: true }

const item = (id: string, overrides: Partial<DeliveryItem> = {}): DeliveryItem => ({
  channels: ['email', 'web', 'sms'],
  clinical: true,
  conditions: [],
  endsAt: null,
  eventStatus: null,
  id,
  locales: { en: { complete: true, summary: null, title: `Article ${id}` }, es: { complete: true, summary: null, title: `Artículo ${id}` } },
  medicalReviewedAt: '2026-06-01T00:00:00Z',
  publishedAt: null,
  segments: [],
  slug: `article-${id}`,
  stages: [],
  type: 'articles',
  updatedAt: '2026-06-01T00:00:00Z',
  variants: [],
  ...overrides,
})

const step = (index: number, day: number | null, id: string, extra: Partial<DeliveryProgram['tracks'][number]['steps'][number]> = {}) => ({
  channel: 'email' as const,
  content: { id, type: 'articles' as const },
  day,
  index,
  segment: null,
  window: null,
  ...extra,
})

const program: DeliveryProgram = {
  anchor: 'birth',
  conditions: [],
  id: '1',
  name: { en: 'New mom', es: 'Nueva mamá' },
  segments: [],
  slug: 'new-mom',
  stages: [],
  summary: {},
  tracks: [
    { description: {}, name: { en: 'Your baby', es: 'Su bebé' }, slug: 'baby', steps: [step(0, -60, 'a'), step(1, 14, 'b'), step(2, 20, 'gone'), step(3, 21, 'a')] },
    { description: {}, name: { en: 'Yourself' }, slug: 'mom', steps: [step(0, 14, 'a', { channel: 'sms' }), step(1, 16, 'a')] },
  ],
  updatedAt: '2026-06-01T00:00:00Z',
}

const items: Record<string, DeliveryItem> = { a: item('a'), b: item('b') }
const lookup = (content: { id: string }): StepContent => (items[content.id] ? { item: items[content.id] } : { removal: 'unpublished', slug: content.id })

describe('step integrity', () => {
  it('decides each reason a step cannot be served, in plain words', () => {
    const s = { channel: 'email' as const, content: { id: 'x', type: 'articles' as const } }
    expect(stepStatus(s, { item: item('x') }, 'en', availability)).toEqual({ status: 'ok' })
    expect(stepStatus({ ...s, content: null }, {}, 'en', availability)).toMatchObject({ reason: 'no-content' })
    expect(stepStatus(s, { removal: 'unpublished', title: 'Feeding' }, 'en', availability)).toEqual({
      message: 'The article "Feeding" is not published: publish it or choose other content.',
      reason: 'unpublished',
      status: 'broken',
    })
    expect(stepStatus(s, { removal: 'deleted' }, 'en', availability)).toMatchObject({ message: 'Its article was deleted: choose other content for this step.', reason: 'deleted' })
    expect(stepStatus(s, { removal: 'expired' }, 'en', availability)).toMatchObject({ reason: 'ended' })
    expect(stepStatus(s, { item: item('x', { endsAt: '2026-09-30T00:00:00Z', type: 'events' }) }, 'en', availability)).toMatchObject({ reason: 'ended' })
    const lapsed = item('x', { medicalReviewedAt: '2020-01-01T00:00:00Z' })
    expect(stepStatus(s, { item: lapsed }, 'en', availability)).toMatchObject({ reason: 'review-lapsed' })
    expect(stepStatus(s, { item: lapsed }, 'en', { ...availability, withholdLapsedReviews: false })).toEqual({ status: 'ok' })
    expect(stepStatus({ ...s, channel: 'sms' }, { item: item('x', { channels: ['email'] }) }, 'en', availability)).toMatchObject({ message: expect.stringContaining('not published to SMS'), reason: 'not-on-channel' })
    const english = item('x', { locales: { en: { complete: true, summary: null, title: 'Sleep' } } })
    expect(stepStatus(s, { item: english }, 'es', availability)).toMatchObject({ message: 'The article "Sleep" has no Español text: translate it or choose other content.', reason: 'no-translation' })
  })

  it('reports every step of a program in one language, and the broken ones in every language', () => {
    const report = programIntegrity(program, 'es', lookup, availability)
    expect(report.broken).toBe(1)
    expect(report.steps[2]).toMatchObject({ content: { id: 'gone', slug: 'gone', title: null }, day: 20, reason: 'unpublished', status: 'broken', step: 2, track: 'baby', trackName: 'Su bebé' })
    expect(report.steps[4]).toMatchObject({ status: 'ok', trackName: 'Yourself' })
    expect(brokenInEveryLocale(program, ['en', 'es'], lookup, availability).map((s) => `${stepLabel(s)} ${s.locale}`)).toEqual([
      '"Your baby" step 3 (day 20, email) en',
      '"Su bebé" step 3 (day 20, email) es',
    ])
  })
})

describe('steps due', () => {
  const ask = (input: Record<string, unknown>, seasonal = false) => parseStepQuery(input, seasonal)

  it('answers days day … day + window − 1 across tracks, ordered by day, skipping broken steps with the reason', () => {
    const answer = programSteps(program, ask({ day: 14, window: 7 }), lookup, availability)
    expect(answer.due.map((s) => `${s.track}:${s.step}:${s.day}:${s.channel}`)).toEqual(['baby:1:14:email', 'mom:0:14:sms', 'mom:1:16:email'])
    expect(answer.skipped).toEqual([expect.objectContaining({ day: 20, reason: 'unpublished', step: 2, track: 'baby' })])
    expect(programSteps(program, ask({ channel: 'email', day: 14, tracks: ['mom'] }), lookup, availability).due.map((s) => s.step)).toEqual([])
    expect(programSteps(program, ask({ day: -60 }), lookup, availability).due.map((s) => s.day)).toEqual([-60])
    expect(programSteps(program, ask({ day: 14 }), lookup, availability, 'web').due).toEqual([])
  })

  it('names unknown tracks', () => {
    expect(() => programSteps(program, ask({ day: 1, tracks: ['baby', 'dad'] }), lookup, availability)).toThrow('The program "new-mom" has no track "dad" (its tracks: baby, mom).')
  })

  it('serves the program in its own language when it is not offered in the one asked, and flags it', () => {
    const english: DeliveryProgram = { ...program, name: { en: 'New mom' } }
    const only = { a: item('a', { locales: { en: { complete: true, summary: null, title: 'Only English' } } }) }
    const answer = programSteps(english, ask({ day: 16, locale: 'es' }), (c) => ({ item: only[c.id as 'a'] }), availability)
    expect(answer).toMatchObject({ locale: 'en', localeFallback: true })
    expect(answer.due[0]!.served).toMatchObject({ locale: 'en', localeFallback: true, text: { title: 'Only English' } })
  })

  it('matches seasonal windows across the year end', () => {
    const winter = { from: '12-15', to: '02-28' }
    expect(inWindow(winter, new Date('2026-12-31T00:00:00Z'))).toBe(true)
    expect(inWindow(winter, new Date('2027-01-10T00:00:00Z'))).toBe(true)
    expect(inWindow(winter, new Date('2027-03-01T00:00:00Z'))).toBe(false)
    expect(firstDateInWindow(winter, new Date('2026-12-10T00:00:00Z'), 7)?.toISOString().slice(0, 10)).toBe('2026-12-15')
    const seasonal: DeliveryProgram = { ...program, anchor: 'season', tracks: [{ description: {}, name: { en: 'Shots' }, slug: 'shots', steps: [step(0, null, 'a', { window: winter })] }] }
    expect(programSteps(seasonal, ask({ date: '2026-12-30', window: 7 }, true), lookup, availability).due.map((s) => s.dueOn)).toEqual(['2026-12-30'])
  })

  it('refuses what looks like a person: dates of birth, identifiers, days out of range, and never repeats a value', () => {
    expect(() => refuseUnknownParameters(['day', 'dob'])).toThrow(/"dob" is not accepted \(it looks like a date of birth\)/)
    expect(() => refuseUnknownParameters(['mrn'])).toThrow(/medical record/)
    expect(() => refuseUnknownParameters(['jane@example.org'])).toThrow(/its name is not shown/)
    expect(() => ask({ day: 19900402 })).toThrow(/day must be a whole number from -730 to 730/)
    expect(() => ask({ day: '14.5' })).toThrow(/whole number/)
    expect(() => ask({ day: 3 }, true)).toThrow(/seasonal program: send date/)
    expect(() => ask({ date: '2026-02-30' }, true)).toThrow(/calendar date/)
    expect(() => ask({ day: 1, window: 32 })).toThrow(/window/)
    expect(parseCalendarDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z')
  })
})

describe('the program index', () => {
  it('finds programs by slug, by the content they deliver, and by coarse audience', () => {
    const index = new ProgramIndex()
    index.upsert(program)
    index.upsert({ ...program, id: '2', slug: 'flu', stages: ['awareness'], tracks: [] })
    expect(index.bySlug('new-mom')?.id).toBe('1')
    expect(index.usedByContent('articles/a').map((p) => p.id)).toEqual(['1'])
    expect(index.matching({ stage: 'retention' }).map((p) => p.slug)).toEqual(['new-mom'])
    expect(index.matching({ stage: 'awareness' }).map((p) => p.slug)).toEqual(['flu', 'new-mom'])
    index.upsert({ ...program, tracks: [] })
    expect(index.usedByContent('articles/a')).toEqual([])
    expect(index.remove('1')).toBe(true)
    expect(index.bySlug('new-mom')).toBeUndefined()
  })
})

describe('program webhooks', () => {
  const event = { action: 'broken', at: '2026-10-01T12:00:00Z', detail: { newlyBroken: [{ reason: 'unpublished', step: 2, track: 'baby' }] }, docId: '1', id: 7, segments: [], slug: 'new-mom', stages: [], title: 'New mom', type: 'programs' }

  it('are subscribed by message type; the content-type filter does not apply to them', () => {
    expect(matchesSubscription({ events: ['program.broken'], types: ['videos'] }, event)).toBe(true)
    expect(matchesSubscription({ events: ['published', 'unpublished'] }, event)).toBe(false)
    expect(matchesSubscription({ events: ['program.published'] }, { ...event, action: 'published' })).toBe(true)
    expect(matchesSubscription({ events: ['program.broken'] }, { ...event, action: 'repaired' })).toBe(false)
  })

  it('carry the broken steps, nothing about a person', () => {
    const message = eventMessage(event)
    expect(message.type).toBe('program.broken')
    expect(message.data).toEqual({
      action: 'broken', at: event.at, eventId: '7', id: '1', itemKey: 'programs/1', name: 'New mom', segments: [], slug: 'new-mom', stages: [],
      steps: [{ reason: 'unpublished', step: 2, track: 'baby' }], type: 'programs',
    })
  })
})
