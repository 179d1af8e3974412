import { defineRule } from '../rule'

/** Long enough to recognise the sentence in the editor, short enough for a list. */
const MAX_QUOTE = 160

export const quoteSentence = (text: string): string => {
  const squashed = text.replace(/\s+/g, ' ').trim()
  if ([...squashed].length <= MAX_QUOTE) return squashed
  const cut = [...squashed].slice(0, MAX_QUOTE).join('')
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2)).trimEnd()}…`
}

const FORMULA_NAMES = { smog: 'SMOG', fleschKincaid: 'Flesch–Kincaid', fernandezHuerta: 'Fernández-Huerta' } as const

export const readingLevel = defineRule({
  id: 'readingLevel',
  label: 'Reading level',
  description:
    'Body and summary read at or below the maximum school grade (SMOG or Flesch–Kincaid in English, Fernández-Huerta in Spanish).',
  defaultSeverity: 'warning',
  check(_input, settings, { readability }) {
    const { report, hardestSentence: hardest } = readability()
    const { maxGrade, minWords } = settings.readability
    if (report.gradeUsed === undefined || report.words < minWords || report.gradeUsed <= maxGrade) return []

    const measured =
      report.formulaUsed === 'fernandezHuerta'
        ? `grade ${report.gradeUsed.toFixed(1)} (Fernández-Huerta ${report.fernandezHuerta?.toFixed(1)}; grade ${maxGrade} needs ${(140 - 10 * maxGrade).toFixed(0)} or more)`
        : `grade ${report.gradeUsed.toFixed(1)} (${FORMULA_NAMES[report.formulaUsed]})`
    // The hardest sentence on its own, quoted: "shorter sentences" is only actionable once the editor knows which one.
    const start = hardest
      ? ` Start with the hardest sentence (${hardest.words} words, grade ${hardest.grade.toFixed(1)} on its own): “${quoteSentence(hardest.text)}”`
      : ''
    return [
      {
        path: hardest?.path ?? 'body',
        ...(hardest ? { text: hardest.text } : {}),
        message: `Reading level is ${measured}; aim for grade ${maxGrade} or below with shorter sentences and shorter, everyday words.${start}`,
      },
    ]
  },
})
