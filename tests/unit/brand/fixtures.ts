import type { BrandCheckInput } from '@/brand/content'
import type { RuleContext } from '@/brand/rule'
import { analyzeReadability } from '@/brand/readability'
import { brandGuidelineSettingsSchema, type BrandGuidelineSettingsInput } from '@/brand/settings'

/** "Today" for every brand test, so review-freshness results never drift with the calendar. */
export const NOW = new Date('2026-03-01T12:00:00Z')

export const settingsWith = (overrides: BrandGuidelineSettingsInput = {}) => brandGuidelineSettingsSchema.parse(overrides)

/** A clean English article the brand rules accept; tests change one thing at a time. */
export function article(overrides: Partial<BrandCheckInput> = {}): BrandCheckInput {
  return {
    type: 'articles',
    locale: 'en',
    clinical: false,
    medicalReviewedAt: null,
    citations: 0,
    texts: [
      { path: 'title', role: 'title', text: 'Checking your blood sugar at home' },
      { path: 'summary', role: 'summary', text: 'How and when to test, and what your numbers mean.' },
      { path: 'body.0', role: 'body', text: 'Wash your hands before you test. Put a test strip in the meter.' },
    ],
    links: [],
    images: [],
    snippetIds: [],
    ...overrides,
  }
}

export const body = (...paragraphs: string[]): BrandCheckInput['texts'] =>
  paragraphs.map((text, i) => ({ path: `body.${i}`, role: 'body' as const, text }))

export function contextFor(input: BrandCheckInput, settings = settingsWith()): RuleContext {
  return { now: NOW, readability: () => analyzeReadability(input, settings.readability.formula) }
}
