/**
 * Benchmarks the brand-guideline engine on a realistic, deterministic English article with 50 banned terms.
 * Target: under 20 ms per full check at 2,000 words. Run: npm run bench:brand
 */
import { performance } from 'node:perf_hooks'

import type { BrandCheckInput } from '../src/brand/content'
import { checkContent } from '../src/brand/engine'
import { brandGuidelineSettingsSchema, DEFAULT_BANNED_TERMS } from '../src/brand/settings'
import { countWords } from '../src/richtext/plainText'

const TARGET_MS = 20

const SENTENCES = [
  'Check your blood sugar before breakfast and again two hours after dinner.',
  'Write each reading in your log so your care team can see patterns over time.',
  'If your reading is below 70, eat or drink 15 grams of fast-acting sugar, such as half a cup of juice.',
  'Wait 15 minutes, then check again.',
  'Take your medicine at the same time every day, even when you feel well.',
  'Some medicines can make you feel dizzy when you stand up quickly.',
  'Call your doctor if you have a fever over 101 degrees or new pain that does not go away.',
  'Walking for 30 minutes on most days helps your heart, your mood and your blood sugar.',
  'Fill half your plate with vegetables, a quarter with lean protein and a quarter with whole grains.',
  'Drink water instead of soda or sweet tea.',
  'Look at your feet every day for cuts, blisters or red spots.',
  'Wear shoes that fit well and never walk barefoot, even at home.',
  'High blood pressure often has no symptoms, so check it regularly.',
  'Your nurse can show you how to use the blood pressure cuff at home.',
  'Bring a list of all your medicines, vitamins and supplements to every visit.',
  'Ask questions until you understand what to do next.',
  'It is normal to feel worried after a new diagnosis.',
  'Talk with your family about how they can help you stay on track.',
  'A dietitian can help you plan meals that fit your culture, budget and taste.',
  'Stop smoking; it is one of the most important things you can do for your heart and lungs.',
  'If you have chest pain, trouble breathing or sudden weakness on one side, call 911 right away.',
  'Keep your insulin in the refrigerator until you open it, then it can stay at room temperature for up to 28 days.',
  'Rotate where you give your shots to keep your skin healthy.',
  'Sleep seven to nine hours a night; poor sleep can raise blood sugar.',
  'Your A1C test shows your average blood sugar over the past three months.',
  'Many people with diabetes also take medicine to protect their kidneys.',
  'Follow-up visits let your care team adjust your treatment plan as your needs change.',
  'Use the patient portal to send messages, request refills and see test results.',
  'Before surgery, ask which of your medicines you should stop and when.',
  'Wash your hands often, especially before meals and after using the bathroom.',
]

// 33 plain-language substitutions on top of the 17 defaults make the 50 banned terms of a typical guide.
const PLAIN_LANGUAGE: Array<[string, string]> = [
  ['utilize', 'use'], ['administer', 'give'], ['hypertension', 'high blood pressure'], ['myocardial infarction', 'heart attack'],
  ['cerebrovascular accident', 'stroke'], ['ambulate', 'walk'], ['adverse event', 'side effect'], ['physician', 'doctor'],
  ['hypoglycemia', 'low blood sugar'], ['hyperglycemia', 'high blood sugar'], ['analgesic', 'pain medicine'],
  ['benign', 'not cancer'], ['malignant', 'cancer'], ['edema', 'swelling'], ['dyspnea', 'shortness of breath'],
  ['pyrexia', 'fever'], ['renal', 'kidney'], ['hepatic', 'liver'], ['cardiac', 'heart'], ['pulmonary', 'lung'],
  ['oral', 'by mouth'], ['subcutaneous', 'under the skin'], ['prognosis', 'outlook'], ['contraindicated', 'not safe'],
  ['discontinue', 'stop'], ['commence', 'start'], ['sufficient', 'enough'], ['approximately', 'about'],
  ['in the event that', 'if'], ['prior to', 'before'], ['subsequent to', 'after'], ['at this point in time', 'now'],
  ['lesion', 'sore'],
]

/** Mulberry32: a tiny seeded PRNG so every run benchmarks the same article. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function buildArticle(targetWords: number, seed = 42): BrandCheckInput {
  const random = seeded(seed)
  const texts: BrandCheckInput['texts'] = [
    { path: 'title', role: 'title', text: 'Living well with type 2 diabetes: your first three months' },
    { path: 'summary', role: 'summary', text: 'What to check each day, what to eat, and when to call your care team.' },
  ]
  let words = 0
  let block = 0
  while (words < targetWords) {
    const sentences: string[] = []
    const length = 3 + Math.floor(random() * 4)
    for (let i = 0; i < length; i++) sentences.push(SENTENCES[Math.floor(random() * SENTENCES.length)]!)
    // Every eighth paragraph carries a term the guide bans, as drafts do.
    if (block % 8 === 3) sentences.push('Some diabetics call it sugar diabetes, and a physician may say hypertension.')
    const text = block % 6 === 0 ? `Step ${block / 6 + 1}: what to do today` : sentences.join(' ')
    texts.push({ path: `body.${block}`, role: 'body', text })
    words += countWords(text)
    block++
  }
  return {
    type: 'articles',
    locale: 'en',
    clinical: true,
    medicalReviewedAt: '2025-06-01',
    citations: 2,
    texts,
    links: Array.from({ length: 12 }, (_, i) => ({
      path: `body.${i * 3}`,
      text: i % 5 === 0 ? 'read more' : 'How to check your blood sugar at home',
      url: `/articles/guide-${i}`,
    })),
    images: Array.from({ length: 6 }, (_, i) => ({
      path: `body.${i * 5}`,
      alt: i === 2 ? 'IMG_2041.jpg' : 'A nurse shows a patient how to use a glucose meter',
      filename: `photo-${i}.jpg`,
    })),
    snippetIds: ['disclaimer-general'],
  }
}

const settings = brandGuidelineSettingsSchema.parse({
  terminology: [
    ...DEFAULT_BANNED_TERMS,
    ...PLAIN_LANGUAGE.map(([term, replacement]) => ({ term, replacement, reason: 'plain language', locale: 'en' as const })),
  ],
  requiredDisclaimer: { articles: 'disclaimer-general' },
})
const now = new Date('2026-01-15T00:00:00Z')

function time(input: BrandCheckInput, runs: number): number[] {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    checkContent(input, settings, { now })
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
const ms = (n: number): string => `${n.toFixed(2)} ms`

const article = buildArticle(2000)
const articleWords = article.texts.reduce((n, t) => n + countWords(t.text), 0)
const coldStart = performance.now()
const report = checkContent(article, settings, { now })
const coldMs = performance.now() - coldStart
console.log(
  `Article: ${articleWords} words in ${article.texts.length} texts, ${settings.terminology.length} banned terms; ` +
    `${report.findings.length} findings (${report.errors} errors), SMOG ${report.readability.smogGrade?.toFixed(1)}, ` +
    `FK ${report.readability.fleschKincaidGrade?.toFixed(1)}; first (cold) check ${ms(coldMs)}`,
)

time(article, 100) // warm-up: JIT, regex compilation, syllable cache
const samples = time(article, 500)
const p95 = percentile(samples, 0.95)
console.log(`2,000 words x ${samples.length} checks: mean ${ms(mean(samples))}, p50 ${ms(percentile(samples, 0.5))}, p95 ${ms(p95)}`)

console.log('Scaling (mean of 100 checks each):')
for (const size of [1000, 2000, 4000, 8000]) {
  const input = buildArticle(size, size)
  time(input, 20)
  const m = mean(time(input, 100))
  console.log(`  ${String(size).padStart(5)} words: ${ms(m).padStart(9)}  (${(m / (size / 1000)).toFixed(2)} ms per 1,000 words)`)
}

const verdict = p95 < TARGET_MS ? 'meets' : 'MISSES'
console.log(`p95 ${ms(p95)} ${verdict} the ${TARGET_MS} ms target at 2,000 words.`)
if (p95 >= TARGET_MS) process.exitCode = 1
