/**
 * Spots values that look like patient identifiers (HIPAA Safe Harbor kinds) where only coarse attributes belong.
 * Errs toward flagging: a rejected profile costs a retry, a stored identifier costs a breach.
 */

// Slug-friendly boundaries: `-`, `_`, `.`, spaces and string ends separate "words"; a digit run is not cut in half.
const NOT_DIGIT_BEFORE = '(?<!\\d)'
const NOT_DIGIT_AFTER = '(?!\\d)'
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const SEP = '[-/. ]'
const MM = '(?:0?[1-9]|1[0-2])'
const DD = '(?:0?[1-9]|[12]\\d|3[01])'
const YYYY = '(?:19|20)\\d{2}'

const rx = (source: string) => new RegExp(source, 'i')

// Real segment slugs run to about eight words ("adults-with-type-2-diabetes-and-kidney-disease"); beyond that it is prose.
const MAX_SLUG_WORDS = 10

interface Detector {
  reason: string
  test: (value: string) => boolean
  /** Fires on any text of several words: skipped where free text is expected (search queries). */
  freeText?: true
}

const matches = (...patterns: RegExp[]) => (value: string) => patterns.some((pattern) => pattern.test(value))

const DETECTORS: Detector[] = [
  {
    reason: 'an email address',
    test: matches(/[^\s@]+@[^\s@]+\.[^\s@]+/),
  },
  { reason: 'an email address or social media handle', test: matches(/@/) },
  { reason: 'a web address', test: matches(/\b(?:https?|ftp):\/\//i, /\bwww\./i) },
  {
    reason: 'a US Social Security number',
    test: matches(rx(`${NOT_DIGIT_BEFORE}\\d{3}[- .]\\d{2}[- .]\\d{4}${NOT_DIGIT_AFTER}`), /(?<![a-z])ssn(?![a-z])/i, /social[-_ ]?security/i),
  },
  {
    reason: 'a date of birth',
    test: matches(
      rx(`${NOT_DIGIT_BEFORE}${YYYY}${SEP}${MM}${SEP}${DD}${NOT_DIGIT_AFTER}`),
      rx(`${NOT_DIGIT_BEFORE}${DD}${SEP}${DD}${SEP}(?:${YYYY}|\\d{2})${NOT_DIGIT_AFTER}`),
      rx(`(?<![a-z])${MONTH}${SEP}?${DD}(?:st|nd|rd|th)?,?${SEP}?${YYYY}${NOT_DIGIT_AFTER}`),
      rx(`${NOT_DIGIT_BEFORE}${DD}${SEP}?${MONTH}${SEP}?(?:${YYYY}|\\d{2})${NOT_DIGIT_AFTER}`),
      /(?<![a-z])(?:dob|d\.o\.b\.?|birth[-_ ]?date|date[-_ ]?of[-_ ]?birth|birthday)(?![a-z])/i,
    ),
  },
  {
    reason: 'a phone number',
    test: matches(
      // North American: (555) 123-4567, 555.123.4567, +1 555 123 4567
      rx(`${NOT_DIGIT_BEFORE}(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)|\\d{3})[-. ]?\\d{3}[-. ]\\d{4}${NOT_DIGIT_AFTER}`),
      rx(`\\(\\d{3}\\)[-. ]?\\d{3}[-. ]?\\d{4}${NOT_DIGIT_AFTER}`),
      // International: +44 20 7946 0958
      /\+\d{1,3}(?:[-. ]?\(?\d{1,5}\)?){2,6}/,
      // Local seven-digit: 555-1234
      rx(`${NOT_DIGIT_BEFORE}\\d{3}[-. ]\\d{4}${NOT_DIGIT_AFTER}`),
      /(?<![a-z])(?:tel|phone|ph|cell|mobile|fax)[-_.:# ]*\d/i,
    ),
  },
  {
    reason: 'a medical record or account number',
    test: matches(
      /(?<![a-z])(?:mrn|mr#|mr[-_.:# ]+\d|med(?:ical)?[-_ ]?rec(?:ord)?|patient[-_ ]?(?:id|no|num|number)|pt[-_ ]?(?:id|#)|acct|account[-_ ]?(?:no|num|number|#)|member[-_ ]?id|policy[-_ ]?(?:no|number))(?![a-z])/i,
    ),
  },
  // Six or more digits in a row: record, account, member, device or phone numbers (and SNOMED ids outside `codes`).
  { reason: 'a long number such as a medical record, account or phone number', test: matches(/\d{6,}/) },
  {
    freeText: true,
    reason: 'free text such as a name or note (use a slug: lowercase words joined by hyphens)',
    test: (value) => /\S\s+\S/.test(value.trim()) || value.split(/[-_.\s]+/).filter(Boolean).length > MAX_SLUG_WORDS,
  },
]

/** Returns what `value` looks like ("an email address") when it may identify a patient, else null. */
export function detectIdentifier(value: string): string | null {
  if (typeof value !== 'string') return null
  for (const detector of DETECTORS) if (detector.test(value)) return detector.reason
  return null
}

/**
 * Like `detectIdentifier`, for text that is free by nature (a search query): emails, phone, record and Social Security
 * numbers, dates of birth and web addresses are still caught; several words are not an identifier by themselves.
 */
export function detectIdentifierInText(value: string): string | null {
  if (typeof value !== 'string') return null
  for (const detector of DETECTORS) if (!detector.freeText && detector.test(value)) return detector.reason
  return null
}
