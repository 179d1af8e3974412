import { defineRule } from '../rule'

const FORMULA_NAMES = { smog: 'SMOG', fleschKincaid: 'Flesch–Kincaid', fernandezHuerta: 'Fernández-Huerta' } as const

export const readingLevel = defineRule({
  id: 'readingLevel',
  label: 'Reading level',
  description:
    'Body and summary read at or below the maximum school grade (SMOG or Flesch–Kincaid in English, Fernández-Huerta in Spanish).',
  defaultSeverity: 'warning',
  check(_input, settings, { readability }) {
    const { report, longestSentence } = readability()
    const { maxGrade, minWords } = settings.readability
    if (report.gradeUsed === undefined || report.words < minWords || report.gradeUsed <= maxGrade) return []

    const measured =
      report.formulaUsed === 'fernandezHuerta'
        ? `grade ${report.gradeUsed.toFixed(1)} (Fernández-Huerta ${report.fernandezHuerta?.toFixed(1)}; grade ${maxGrade} needs ${(140 - 10 * maxGrade).toFixed(0)} or more)`
        : `grade ${report.gradeUsed.toFixed(1)} (${FORMULA_NAMES[report.formulaUsed]})`
    const longest = longestSentence
      ? ` The longest sentence has ${longestSentence.words} words; start there.`
      : ''
    return [
      {
        path: longestSentence?.path ?? 'body',
        ...(longestSentence ? { text: longestSentence.text } : {}),
        message: `Reading level is ${measured}; aim for grade ${maxGrade} or below with shorter sentences and shorter, everyday words.${longest}`,
      },
    ]
  },
})
