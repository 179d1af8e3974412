import { buildTimeline, contentToName, dayLabel, monthsCovered, type IntegrityReport } from '@/programs/timeline'

const step = (content: number, overrides: Record<string, unknown> = {}) => ({ channel: 'email', content: { relationTo: 'articles', value: content }, day: 0, ...overrides })
const newMom = {
  anchor: 'birth',
  tracks: [
    { name: 'Your baby', slug: 'baby', steps: [step(1, { day: -60 }), step(2, { day: 0 }), step(3, { channel: 'sms', day: 14 })] },
    { name: 'Yourself', slug: 'mom', steps: [step(4, { day: 14 }), step(5, { day: null })] },
  ],
}
const report: IntegrityReport = {
  broken: 1,
  steps: [
    { channel: 'email', content: { id: 1, title: 'Getting ready for your baby', type: 'articles' }, day: -60, status: 'ok', step: 0, track: 'baby', window: null },
    { channel: 'email', content: { id: 2, title: 'Welcome home', type: 'articles' }, day: 0, message: 'The article is not published.', reason: 'unpublished', status: 'broken', step: 1, track: 'baby', window: null },
    // The form has another item in this step now (an unsaved edit): its status is not known.
    { channel: 'sms', content: { id: 99, title: 'Old item', type: 'articles' }, day: 14, status: 'ok', step: 2, track: 'baby', window: null },
  ],
}

describe('program timeline', () => {
  it('puts tracks in rows and each day with a step in a column, day 0 always, unscheduled steps last', () => {
    const timeline = buildTimeline(newMom, report, new Map([['articles:4', 'Your body after birth']]))
    expect(timeline.columns.map((c) => c.label)).toEqual(['60 days before', 'Day 0', 'Day 14', 'Not scheduled'])
    expect(timeline.columns.find((c) => c.anchor)?.label).toBe('Day 0')
    expect(timeline.rows.map((r) => [r.name, r.cells.map((cell) => cell.map((c) => c.title))])).toEqual([
      ['Your baby', [['Getting ready for your baby'], ['Welcome home'], ['articles 3'], []]],
      ['Yourself', [[], [], ['Your body after birth'], ['articles 5']]],
    ])
    expect(timeline.unscheduled).toBe(1)
  })

  it('shows the status from the integrity report, broken steps with the reason, unknown where the report does not match', () => {
    const [baby] = buildTimeline(newMom, report).rows
    const cards = baby!.cells.flat()
    expect(cards.map((c) => [c.number, c.status, c.message, c.typeLabel, c.channelLabel])).toEqual([
      [1, 'ok', undefined, 'Article', 'Email'],
      [2, 'broken', 'The article is not published.', 'Article', 'Email'],
      [3, 'unknown', undefined, 'Article', 'SMS'],
    ])
    // Without the endpoint (404 before delivery lands), everything is unknown.
    expect(buildTimeline(newMom, null).rows.flatMap((r) => r.cells.flat()).every((c) => c.status === 'unknown')).toBe(true)
  })

  it('shows seasonal programs by month, a window over the year end spanning both years', () => {
    const flu = { anchor: 'season', tracks: [{ name: 'Flu', slug: 'flu', steps: [step(1, { day: null, window: { from: '09-01', to: '11-30' } }), step(2, { day: null, window: { from: '11-15', to: '02-28' } })] }] }
    const timeline = buildTimeline(flu, null)
    expect(timeline.columns.map((c) => c.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])
    const row = timeline.rows[0]!
    expect(row.cells[8]!.map((c) => c.when)).toEqual(['09-01 → 11-30'])
    expect(row.cells[10]!.map((c) => c.when)).toEqual(['11-15 → 02-28'])
    expect(Object.values(row.spans!)).toEqual([[8, 9, 10], [10, 11, 0, 1]])
  })

  it('labels days and months', () => {
    expect([dayLabel(-60), dayLabel(-1), dayLabel(0), dayLabel(365)]).toEqual(['60 days before', '1 day before', 'Day 0', 'Day 365'])
    expect(monthsCovered('01-01', '12-31')).toHaveLength(12)
    expect(monthsCovered('03-20', '03-10')).toHaveLength(12)
    expect(monthsCovered('03-01', '03-31')).toEqual([2])
  })

  it('lists the content it needs titles for', () => {
    expect(contentToName(newMom)).toEqual(new Map([['articles', new Set(['1', '2', '3', '4', '5'])]]))
  })
})
