import { checkSegmentSlugs, matchesSubscription, type EventFacts } from '@/webhooks/filters'

const event = (overrides: Partial<EventFacts> = {}): EventFacts => ({ action: 'published', segments: ['new-moms'], stages: ['awareness'], type: 'articles', ...overrides })

describe('which webhooks an event goes to', () => {
  it('sends only the subscribed events', () => {
    expect(matchesSubscription({ events: ['published', 'updated'] }, event())).toBe(true)
    expect(matchesSubscription({ events: ['published'] }, event({ action: 'deleted' }))).toBe(false)
    expect(matchesSubscription({ events: [] }, event())).toBe(false)
  })

  it('never sends to a paused webhook', () => {
    expect(matchesSubscription({ enabled: false, events: ['published'] }, event())).toBe(false)
  })

  it('filters by content type, stage and segment; an empty filter means any', () => {
    const all = { events: ['published'] }
    expect(matchesSubscription({ ...all, types: ['videos'] }, event())).toBe(false)
    expect(matchesSubscription({ ...all, types: ['videos', 'articles'] }, event())).toBe(true)
    expect(matchesSubscription({ ...all, stages: ['retention'] }, event())).toBe(false)
    expect(matchesSubscription({ ...all, stages: ['retention', 'awareness'] }, event({ stages: ['awareness', 'conversion'] }))).toBe(true)
    expect(matchesSubscription({ ...all, segments: ['seniors'] }, event())).toBe(false)
    expect(matchesSubscription({ ...all, segments: ['new-moms'], stages: ['awareness'], types: ['articles'] }, event())).toBe(true)
    expect(matchesSubscription({ ...all, segments: null, stages: null, types: null }, event())).toBe(true)
  })

  it('treats an item with no stages or segments as meant for everyone', () => {
    const filtered = { events: ['published'], segments: ['seniors'], stages: ['retention'] }
    expect(matchesSubscription(filtered, event({ segments: [], stages: [] }))).toBe(true)
    expect(matchesSubscription(filtered, event({ segments: null, stages: ['retention'] }))).toBe(true)
  })

  it('accepts segment slugs only', () => {
    expect(checkSegmentSlugs(['new-moms', 'seniors-65'])).toBe(true)
    expect(checkSegmentSlugs(undefined)).toBe(true)
    expect(checkSegmentSlugs(['New moms'])).toMatch(/'New moms' is not/)
    expect(checkSegmentSlugs(['ok', 'Bad', '-x'])).toMatch(/'Bad', '-x' are not/)
  })
})
