import type { Payload } from 'payload'

import { paragraphsToLexical } from './lexical'

/** Demo content: a first published article and a draft, enough to see the whole path work. */
export async function seedDemoContent(payload: Payload): Promise<Record<string, number>> {
  await payload.create({
    collection: 'articles',
    data: {
      _status: 'published',
      body: paragraphsToLexical([
        'Gestational diabetes is diabetes that starts during pregnancy.',
        'Most people who get it have healthy babies. Your care team will help you check your blood sugar and plan meals.',
      ]),
      stages: ['awareness'],
      summary: 'What gestational diabetes is, and how your care team helps you and your baby stay healthy.',
      title: 'Understanding gestational diabetes',
    },
  })
  await payload.create({
    collection: 'articles',
    data: { _status: 'draft', stages: ['conversion'], summary: 'Draft: not yet reviewed.', title: 'Starting insulin: what to expect' },
    draft: true,
  })
  return { articles: 2 }
}
