import {
  SMS_MAX_TITLE_LENGTH,
  contentKey,
  fitsSms,
  isMonthDay,
  malformedProblems,
  programProblems,
  publishingProblems,
  sortSteps,
  type StepContentFacts,
} from '@/programs/validation'

const article = (overrides: Partial<StepContentFacts> = {}): StepContentFacts => ({
  channels: ['email', 'sms', 'web'],
  title: { en: 'Feeding your baby', es: 'Cómo alimentar a su bebé' },
  type: 'articles',
  variants: [{ segments: [7], title: { en: 'Feeding your baby, for new moms' } }],
  ...overrides,
})
const step = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({ channel: 'email', content: { relationTo: 'articles', value: 1 }, day: 14, ...overrides })
const program = (steps: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}) => ({
  anchor: 'birth',
  tracks: [{ name: 'Your baby', slug: 'baby', steps }],
  ...overrides,
})
const content = (facts: StepContentFacts = article()) => new Map([[contentKey('articles', 1), facts]])
const messages = (problems: Array<{ message: string }>) => problems.map((p) => p.message)

describe('malformed values (refused on every save, drafts included)', () => {
  it('accepts an unfinished draft', () => {
    expect(malformedProblems(program([{ channel: 'email' }, step({ day: null })]))).toEqual([])
    expect(malformedProblems({ tracks: [{ name: 'Your baby' }] })).toEqual([])
    expect(malformedProblems({})).toEqual([])
  })

  it('refuses a day that is not a whole number in range, naming the track and step', () => {
    expect(malformedProblems(program([step(), step({ day: 14.5 })]))).toEqual([
      { message: 'Track "Your baby", step 2 (day 14.5, email): the day must be a whole number of days.', path: 'tracks.0.steps.1.day' },
    ])
    expect(messages(malformedProblems(program([step({ day: -731 })])))).toEqual([
      'Track "Your baby", step 1 (day -731, email): the day must be at most 730 days before day 0.',
    ])
    expect(messages(malformedProblems(program([step({ day: '14' })])))[0]).toMatch(/step 1 \(day 14, email\): the day must be a number of days after day 0/)
  })

  it('refuses windows that are not real MM-DD dates', () => {
    const seasonal = (window: Record<string, unknown>) => program([step({ day: null, window })], { anchor: 'season' })
    expect(malformedProblems(seasonal({ from: '09-01', to: '11-30' }))).toEqual([])
    expect(malformedProblems(seasonal({ from: '02-29', to: '03-01' }))).toEqual([])
    expect(malformedProblems(seasonal({ from: '09-31', to: '11-30' }))).toEqual([
      {
        message: 'Track "Your baby", step 1 (09-31 to 11-30, email): the window\'s start "09-31" is not a day of the year: write MM-DD with a real date, e.g. 09-01 or 02-28.',
        path: 'tracks.0.steps.0.window.from',
      },
    ])
    expect(messages(malformedProblems(seasonal({ from: '9/1', to: '13-01' })))).toEqual([
      expect.stringContaining('the window\'s start "9/1" is not a day of the year'),
      expect.stringContaining('the window\'s end "13-01" is not a day of the year'),
    ])
  })

  it('refuses a track slug that is not slug-shaped', () => {
    expect(messages(malformedProblems({ tracks: [{ name: 'Your baby', slug: 'Your baby' }] }))).toEqual([
      expect.stringMatching(/^Track "Your baby": its slug "Your baby" is not a valid slug: use lower-case letters/),
    ])
  })

  it('never names internal paths in messages', () => {
    const all = programProblems(program([step({ day: 1.5 }), step({ window: { from: 'x' } })]), { content: content(), publishing: true })
    for (const message of messages(all)) expect(message).not.toMatch(/tracks\.\d|steps\.\d/)
  })
})

describe('publishing rules', () => {
  it('passes a complete program whose content is on the step channels', () => {
    const ok = program([step(), step({ channel: 'sms', day: 14 }), step({ day: -60, segment: 7 })])
    expect(programProblems(ok, { content: content(), publishing: true })).toEqual([])
  })

  it('keeps day offsets unique per track and channel', () => {
    const problems = publishingProblems(program([step(), step({ channel: 'sms' }), step()]), { content: content() })
    expect(problems).toEqual([
      {
        message: 'Track "Your baby", step 3 (day 14, email): step 1 of this track is already due on day 14 by Email; give one of them another day or channel.',
        path: 'tracks.0.steps.2.day',
      },
    ])
    // Another track may use the same day.
    const twoTracks = { anchor: 'birth', tracks: [{ name: 'Baby', slug: 'baby', steps: [step()] }, { name: 'Mom', slug: 'mom', steps: [step()] }] }
    expect(publishingProblems(twoTracks, { content: content() })).toEqual([])
  })

  it('keeps track slugs unique', () => {
    const tracks = [{ name: 'Baby', slug: 'baby', steps: [] }, { name: 'Mom', slug: 'baby', steps: [] }]
    expect(messages(publishingProblems({ anchor: 'birth', tracks }))).toEqual([
      'Track "Mom": the slug "baby" is already used by track "Baby"; automation picks tracks by slug, so each needs its own.',
    ])
  })

  it('needs a day and no window on timed programs, a window and no day on seasonal ones', () => {
    expect(messages(publishingProblems(program([step({ day: null }), step({ day: 3, window: { from: '09-01', to: '11-30' } })])))).toEqual([
      'Track "Your baby", step 1 (no day yet, email): give the day this step is due (days after day 0; negative: before it).',
      'Track "Your baby", step 2 (day 3, email): only seasonal programs (anchor "Season") use yearly windows: clear the window, or set the anchor to Season.',
    ])
    // An empty window group (as the admin stores it) is no window.
    expect(publishingProblems(program([step({ window: { from: null, to: null } })]))).toEqual([])
    const seasonal = program([step({ day: 5, window: { from: '09-01', to: '11-30' } }), step({ day: null, window: { from: '09-01' } })], { anchor: 'season' })
    expect(messages(publishingProblems(seasonal))).toEqual([
      'Track "Your baby", step 1 (day 5, email): seasonal programs follow the calendar, so steps have a yearly window instead of a day: clear the day.',
      'Track "Your baby", step 2 (09-01 to ?, email): give the yearly window in which this step is due, from and to (MM-DD, e.g. 09-01 to 11-30).',
    ])
  })

  it('allows a window over the year end, and refuses the same window twice on one channel', () => {
    const winter = { from: '11-15', to: '02-28' }
    expect(programProblems(program([step({ day: null, window: winter })], { anchor: 'season' }), { content: content(), publishing: true })).toEqual([])
    const twice = program([step({ day: null, window: winter }), step({ day: null, window: winter })], { anchor: 'season' })
    expect(messages(publishingProblems(twice))).toEqual([
      'Track "Your baby", step 2 (11-15 to 02-28, email): step 1 of this track is already due on the window 11-15 to 02-28 by Email; give one of them another window or channel.',
    ])
  })

  it("needs the step's channel among the content's channels", () => {
    const problems = publishingProblems(program([step({ channel: 'portal' })]), { content: content() })
    expect(problems).toEqual([
      {
        message: 'Track "Your baby", step 1 (day 14, portal): the article "Feeding your baby" is not offered on Patient portal: add Patient portal to its channels, or choose another channel or item.',
        path: 'tracks.0.steps.0.content',
      },
    ])
  })

  it('sends by SMS only content whose title fits with a short link', () => {
    expect(fitsSms('x'.repeat(SMS_MAX_TITLE_LENGTH))).toBe(true)
    expect(fitsSms('x'.repeat(SMS_MAX_TITLE_LENGTH + 1))).toBe(false)
    const long = article({ title: { en: 'Short title', es: 'Un título muy largo '.repeat(8) } })
    expect(messages(publishingProblems(program([step({ channel: 'sms' })]), { content: content(long) }))).toEqual([
      `Track "Your baby", step 1 (day 14, sms): the article "Short title" does not fit an SMS: an SMS carries the title and a short link (23 characters) within 160 characters, so titles sent by SMS may have at most ${SMS_MAX_TITLE_LENGTH} characters, and its Español title has ${('Un título muy largo '.repeat(8)).trim().length}. Shorten the title, or send it by another channel.`,
    ])
    // The variant's title is what the step sends when it has its own.
    const longVariant = article({ variants: [{ segments: [7], title: { en: 'y'.repeat(SMS_MAX_TITLE_LENGTH + 1) } }] })
    expect(publishingProblems(program([step({ channel: 'sms', segment: 7 })]), { content: content(longVariant) })).toHaveLength(1)
    expect(publishingProblems(program([step({ channel: 'sms' })]), { content: content(longVariant) })).toEqual([])
  })

  it('needs a variant for the step segment', () => {
    const problems = publishingProblems(program([step({ segment: { id: 9, name: 'Caregivers' } })]), { content: content(), segmentNames: new Map([['9', 'Caregivers']]) })
    expect(messages(problems)).toEqual([
      'Track "Your baby", step 1 (day 14, email): the article "Feeding your baby" has no variant for the segment "Caregivers": add one to the item, or clear the step\'s segment.',
    ])
  })

  it('names content that no longer exists', () => {
    expect(messages(publishingProblems(program([step()]), { content: new Map() }))).toEqual([
      'Track "Your baby", step 1 (day 14, email): the content it points at no longer exists: choose another item.',
    ])
  })

  it('applies completeness only when publishing', () => {
    const unfinished = program([step({ day: null }), step({ channel: 'portal' })])
    expect(programProblems(unfinished, { content: content(), publishing: false })).toEqual([])
    expect(programProblems(unfinished, { content: content(), publishing: true })).toHaveLength(2)
  })
})

describe('schedule order', () => {
  it('sorts steps by day, steps without a day last, keeping ties in the order given', () => {
    const tracks = [{ slug: 'baby', steps: [step({ day: 30, note: 'a' }), step({ day: -60 }), step({ day: null }), step({ day: 30, note: 'b' }), step({ day: 0 })] }]
    const sorted = sortSteps(tracks, false)
    expect(sorted[0]!.steps.map((s) => [s.day, s.note])).toEqual([[-60, undefined], [0, undefined], [30, 'a'], [30, 'b'], [null, undefined]])
    expect(tracks[0]!.steps[0]!.day).toBe(30) // the input is not changed
  })

  it('sorts seasonal steps by the start of their window', () => {
    const steps = [step({ window: { from: '10-15', to: '11-30' } }), step({ window: { from: '09-01', to: '11-30' } }), step({ window: null })]
    expect(sortSteps([{ steps }], true)[0]!.steps.map((s) => (s.window as { from?: string } | null)?.from ?? null)).toEqual(['09-01', '10-15', null])
  })

  it('knows real days of the year', () => {
    expect(['01-01', '02-29', '12-31', '04-30'].every(isMonthDay)).toBe(true)
    expect(['1-01', '00-10', '04-31', '02-30', '12-32', '2026-01-01', 1201, null].some(isMonthDay)).toBe(false)
  })
})
