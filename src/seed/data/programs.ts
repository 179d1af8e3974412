import type { DemoProgram, DemoProgramStep } from './types'

const article = (key: string) => ({ key, type: 'articles' as const })
const pamphlet = (key: string) => ({ key, type: 'pamphlets' as const })
const video = (key: string) => ({ key, type: 'videos' as const })
const event = (key: string) => ({ key, type: 'events' as const })
const at = (day: number, content: DemoProgramStep['content'], channel: DemoProgramStep['channel'] = 'email', extra: Partial<DemoProgramStep> = {}): DemoProgramStep => ({ channel, content, day, ...extra })
const during = (from: string, to: string, content: DemoProgramStep['content'], channel: DemoProgramStep['channel'] = 'email', extra: Partial<DemoProgramStep> = {}): DemoProgramStep => ({
  channel,
  content,
  window: { from, to },
  ...extra,
})

/**
 * The demo's nurture programs, built from the library: a new-mom program with three tracks in English and Spanish
 * (from two months before the birth to the baby's first birthday), after-visit follow-up, and a seasonal flu program
 * (English; its windows run over the year end).
 */
export const demoPrograms: DemoProgram[] = [
  {
    slug: 'new-mom',
    anchor: 'birth',
    name: { en: 'New mom', es: 'Mamá primeriza' },
    summary: {
      en: 'The right piece on the right day, from two months before your baby arrives to the first birthday: for your baby, for you and for your family.',
      es: 'La información adecuada en el día adecuado, desde dos meses antes de que llegue su bebé hasta su primer cumpleaños: para su bebé, para usted y para su familia.',
    },
    stages: ['conversion', 'retention'],
    segments: ['expecting-parents', 'new-moms'],
    conditions: ['prenatal-care', 'postpartum-depression'],
    tracks: [
      {
        slug: 'baby',
        name: { en: 'Caring for your new baby', es: 'El cuidado de su bebé' },
        description: { en: 'Getting ready, the first days, feeding, checkups and shots.', es: 'La preparación, los primeros días, la alimentación, las citas y las vacunas.' },
        steps: [
          at(-60, pamphlet('prenatal-checkup-schedule'), 'email', { note: 'Sent around week 31.' }),
          at(-30, article('getting-ready-for-baby')),
          at(3, article('newborn-first-days'), 'sms'),
          at(3, article('newborn-first-days')),
          at(14, article('feeding-your-baby')),
          at(60, article('baby-checkups-and-shots')),
          at(180, article('baby-checkups-and-shots'), 'sms', { note: 'Reminder before the 6-month shots.' }),
          at(365, article('baby-checkups-and-shots'), 'email', { note: 'First birthday: the 12-month visit.' }),
        ],
      },
      {
        slug: 'mom',
        name: { en: 'Caring for yourself', es: 'Su propio cuidado' },
        description: { en: 'Healing after birth, your feelings, support and your own checkups.', es: 'La recuperación después del parto, sus emociones, el apoyo y sus propias citas.' },
        steps: [
          at(-45, article('managing-gestational-diabetes'), 'email', { note: 'The new-moms rewrite.', segment: 'new-moms' }),
          at(7, article('recovering-after-birth')),
          at(14, article('postpartum-depression-more-than-baby-blues'), 'sms'),
          at(21, event('event-new-moms-support-group'), 'sms'),
          at(42, article('postpartum-depression-more-than-baby-blues'), 'portal'),
          at(120, article('after-gestational-diabetes')),
          at(300, article('choosing-a-primary-care-provider')),
        ],
      },
      {
        slug: 'family',
        name: { en: 'Caring for your family', es: 'El cuidado de su familia' },
        description: { en: 'Partners, older children and grandparents, and keeping everyone well.', es: 'La pareja, los hermanos y los abuelos, y la salud de todos.' },
        steps: [at(-14, article('your-growing-family')), at(30, article('your-growing-family'), 'portal'), at(90, pamphlet('flu-season-family-guide')), at(240, article('flu-shot-facts'))],
      },
    ],
  },
  {
    slug: 'after-your-visit',
    anchor: 'visit',
    name: { en: 'After your visit' },
    summary: { en: 'Care instructions the same day, a check-in a week later and a monthly health resource for six months.' },
    stages: ['retention'],
    segments: [],
    conditions: [],
    tracks: [
      {
        slug: 'follow-up',
        name: { en: 'Follow-up' },
        description: { en: 'Everyone who had a visit.' },
        steps: [
          at(0, article('after-your-visit-care-at-home')),
          at(0, article('after-your-visit-care-at-home'), 'sms', { note: 'Same day, a few hours after the email.' }),
          at(7, article('one-week-check-in')),
          at(7, article('one-week-check-in'), 'sms'),
          at(30, article('checking-blood-pressure-at-home')),
          at(60, article('choosing-a-primary-care-provider')),
          at(90, article('high-blood-pressure-the-silent-problem')),
          at(120, article('flu-shot-facts')),
          at(150, article('stroke-signs-be-fast')),
          at(180, article('heart-attack-warning-signs')),
        ],
      },
    ],
  },
  {
    slug: 'flu-season',
    anchor: 'season',
    name: { en: 'Flu season' },
    summary: { en: 'Every fall, flu shot information and clinics near you; in winter, how to tell the flu from a cold.' },
    stages: ['awareness', 'conversion'],
    segments: [],
    conditions: ['influenza'],
    tracks: [
      {
        slug: 'flu-shot',
        name: { en: 'Flu shots' },
        steps: [
          during('09-01', '11-30', article('flu-shot-facts')),
          during('09-01', '11-30', article('flu-shot-facts'), 'sms'),
          during('09-15', '11-30', video('video-flu-shot-myths')),
          during('10-01', '11-30', pamphlet('flu-season-family-guide'), 'web'),
          during('12-01', '02-28', article('is-it-the-flu-or-a-cold'), 'sms', { note: 'Over the year end.' }),
        ],
      },
      {
        slug: 'clinics',
        name: { en: 'Flu clinics' },
        steps: [during('11-15', '01-31', event('event-winter-flu-shot-clinic')), during('11-15', '01-31', event('event-winter-flu-shot-clinic'), 'sms')],
      },
    ],
  },
]
