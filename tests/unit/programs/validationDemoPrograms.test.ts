import { demoItems, demoPrograms } from '@/seed/data'
import { contentKey, programProblems, type StepContentFacts } from '@/programs/validation'

/** The demo programs as the collection stores them, with segment slugs standing in for ids. */
const asStored = (program: (typeof demoPrograms)[number]) => ({
  anchor: program.anchor,
  tracks: program.tracks.map((t) => ({
    name: t.name.en,
    slug: t.slug,
    steps: t.steps.map((s) => ({ channel: s.channel, content: { relationTo: s.content.type, value: s.content.key }, day: s.day ?? null, segment: s.segment ?? null, window: s.window ?? null })),
  })),
})

const library = new Map<string, StepContentFacts>(
  demoItems.map((item) => [
    contentKey(item.type, item.key),
    { channels: item.channels, title: { en: item.en?.title, es: item.es?.title }, type: item.type, variants: (item.variants ?? []).map((v) => ({ segments: v.segments, title: { en: v.en?.title, es: v.es?.title } })) },
  ]),
)

describe('demo programs', () => {
  it.each(demoPrograms.map((p) => [p.slug, p] as const))('%s passes the publishing rules against the demo library', (_, program) => {
    expect(programProblems(asStored(program), { content: library, publishing: true })).toEqual([])
  })

  it('has the three programs the issue asks for', () => {
    const bySlug = Object.fromEntries(demoPrograms.map((p) => [p.slug, p]))
    const newMom = bySlug['new-mom']!
    expect(newMom.tracks.map((t) => t.slug)).toEqual(['baby', 'mom', 'family'])
    const days = newMom.tracks.flatMap((t) => t.steps.map((s) => s.day!))
    expect([Math.min(...days), Math.max(...days)]).toEqual([-60, 365])
    // English and Spanish: the program, its tracks and every item it sends.
    expect(newMom.name.es && newMom.summary.es && newMom.tracks.every((t) => t.name.es)).toBeTruthy()
    for (const step of newMom.tracks.flatMap((t) => t.steps)) expect([step.content.key, Boolean(demoItems.find((i) => i.key === step.content.key)?.es)]).toEqual([step.content.key, true])

    const visit = bySlug['after-your-visit']!.tracks.flatMap((t) => t.steps)
    expect(visit.filter((s) => s.day === 0).map((s) => s.channel).sort()).toEqual(['email', 'sms'])
    expect(visit.some((s) => s.day === 7)).toBe(true)
    expect(Math.max(...visit.map((s) => s.day!))).toBe(180)

    const flu = bySlug['flu-season']!
    expect(flu.anchor).toBe('season')
    const steps = flu.tracks.flatMap((t) => t.steps)
    expect(steps).toContainEqual(expect.objectContaining({ content: { key: 'flu-shot-facts', type: 'articles' }, window: { from: '09-01', to: '11-30' } }))
    expect(steps.some((s) => s.content.type === 'events')).toBe(true)
  })
})
