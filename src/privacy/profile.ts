/**
 * The content profile a client sends to get personalized content: coarse attributes only, never patient identifiers.
 * Errors say where and what a bad value looks like, never the value itself, so they are safe to log.
 */
import { z } from 'zod'

import { resolveCodeSystem, validateClinicalCode, type CodeSystemName } from '../clinical/codeSystems'
import { detectIdentifier } from './identifiers'
import { LOCALES } from '../taxonomy/locales'

export { detectIdentifier } from './identifiers'

export const PROFILE_STAGES = ['awareness', 'acceptance', 'acquisition', 'conversion', 'retention'] as const
export const PROFILE_CHANNELS = ['web', 'portal', 'email', 'sms'] as const
export const PROFILE_LOCALES = LOCALES
export const PROFILE_KEYS = ['stage', 'segments', 'conditions', 'codes', 'channel', 'locale'] as const

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_SLUG_LENGTH = 64
export const MAX_SEGMENTS = 20
export const MAX_CONDITIONS = 50
export const MAX_CODES = 50

const COARSE_ONLY =
  'profiles accept only coarse attributes (stage, segment and condition slugs, clinical codes, channel, locale), never patient identifiers'
const SLUG_HINT = `use lowercase letters and digits, words joined by single hyphens, at most ${MAX_SLUG_LENGTH} characters (for example type-2-diabetes)`

// Messages are predicates; `formatIssue` prefixes the path ("profile.segments[0] is not a slug: …").
const slugSchema = z
  .string({ error: `must be a slug: ${SLUG_HINT}` })
  .max(MAX_SLUG_LENGTH, { error: `is too long for a slug: ${SLUG_HINT}` })
  .regex(SLUG_PATTERN, { error: `is not a slug: ${SLUG_HINT}` })

const slugList = (what: string, max: number) =>
  z
    .array(slugSchema, { error: `must be a list of ${what} slugs (for example ["type-2-diabetes"])` })
    .max(max, { error: `has too many entries: at most ${max} ${what} slugs are accepted` })

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`

const clinicalCodeSchema = z
  .object({
    system: z.string({ error: 'must name a code system: ICD10CM or SNOMEDCT' }),
    code: z.string({ error: 'must be a code written as text (for example "E11.9" or "44054006")' }),
  })
  .strict()
  .transform((value, ctx): { system: CodeSystemName; code: string } => {
    const result = validateClinicalCode(value)
    if (result.ok) return { system: result.system, code: result.code }
    // Report on `code` unless the system itself is the problem; `reason` never contains the value.
    ctx.addIssue({ code: 'custom', message: result.reason, path: [resolveCodeSystem(value.system) ? 'code' : 'system'] })
    return z.NEVER
  })

export const contentProfileSchema = z
  .object({
    stage: z.enum(PROFILE_STAGES, { error: oneOf(PROFILE_STAGES) }).optional(),
    segments: slugList('segment', MAX_SEGMENTS).optional(),
    conditions: slugList('condition', MAX_CONDITIONS).optional(),
    codes: z
      .array(clinicalCodeSchema, { error: 'must be a list of codes like {"system": "ICD10CM", "code": "E11.9"}' })
      .max(MAX_CODES, { error: `has too many entries: at most ${MAX_CODES} clinical codes are accepted` })
      .optional(),
    channel: z.enum(PROFILE_CHANNELS, { error: oneOf(PROFILE_CHANNELS) }).optional(),
    locale: z.enum(PROFILE_LOCALES, { error: oneOf(PROFILE_LOCALES) }).optional(),
  })
  .strict()

export type ContentProfile = z.output<typeof contentProfileSchema>

export type ParseContentProfileResult = { ok: true; profile: ContentProfile } | { ok: false; errors: string[] }

type Path = ReadonlyArray<PropertyKey>

// Only plain attribute names are echoed in messages; anything else might itself be personal data.
export const isPlainName = (key: string) => /^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(key) && (!/\d/.test(key) || detectIdentifier(key) === null)

const formatPath = (path: Path): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), 'profile')

const isWithin = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((key, i) => path[i] === key)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Bounds the scan of hostile input: limits are 20–50 entries, so anything past these is already an error.
const SCAN_MAX_DEPTH = 6
const SCAN_MAX_ENTRIES = 100
const MAX_ERRORS = 25

interface Finding {
  path: Path
  message: string
}

/** True where a value is a legitimate clinical code, which may look like a long number (SNOMED CT ids do). */
function isCodeSlot(path: Path, value: string, root: unknown): boolean {
  if (path.length !== 3 || path[0] !== 'codes' || typeof path[1] !== 'number') return false
  const entry = (root as { codes: unknown[] }).codes[path[1]]
  const system = isRecord(entry) && typeof entry.system === 'string' ? resolveCodeSystem(entry.system) : undefined
  if (path[2] === 'system') return system !== undefined
  if (path[2] !== 'code' || !system) return false
  // A digits-only value in a SNOMED CT slot is judged by the SNOMED rules (check digit, partition), which reject it if wrong.
  return (system.name === 'SNOMEDCT' && /^\s*\d+\s*$/.test(value)) || validateClinicalCode({ system: system.name, code: value }).ok
}

/** Walks every value (and key) in the input, reporting anything that looks like a patient identifier. */
function findIdentifiers(root: unknown): Finding[] {
  const findings: Finding[] = []
  const visit = (value: unknown, path: Path, depth: number): void => {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      const text = String(value)
      if (isCodeSlot(path, text, root)) return
      const looksLike = detectIdentifier(text)
      if (looksLike) findings.push({ path, message: `${formatPath(path)} looks like ${looksLike}; ${COARSE_ONLY}` })
      return
    }
    if (depth >= SCAN_MAX_DEPTH) return
    if (Array.isArray(value)) {
      value.slice(0, SCAN_MAX_ENTRIES).forEach((item, i) => visit(item, [...path, i], depth + 1))
      return
    }
    if (!isRecord(value)) return
    for (const key of Object.keys(value).slice(0, SCAN_MAX_ENTRIES)) {
      if (isPlainName(key)) {
        visit(value[key], [...path, key], depth + 1)
        continue
      }
      // The key itself may be the identifier ({"jane@example.com": true}); report it without naming it or its value.
      const looksLike = detectIdentifier(key)
      findings.push({
        path: [...path, key],
        message: looksLike
          ? `${formatPath(path)} has an attribute whose name looks like ${looksLike}; ${COARSE_ONLY}`
          : `${formatPath(path)} has an attribute that is not accepted (its name is not shown because it may contain personal data); ${COARSE_ONLY}`,
      })
    }
  }
  visit(root, [], 0)
  return findings
}

/** Turns zod issues into sentences; unknown keys become one finding each so they can be suppressed individually. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): Finding[] {
  return issues.flatMap((issue): Finding[] => {
    if (issue.code === 'unrecognized_keys') {
      const accepted = issue.path.length === 0 ? PROFILE_KEYS.join(', ') : 'system, code'
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        message: `${formatPath([...issue.path, key])} is not an accepted attribute (accepted: ${accepted}); ${COARSE_ONLY}`,
      }))
    }
    if (issue.path.length === 0 && issue.code === 'invalid_type') {
      return [{ path: [], message: `profile must be an object with any of: ${PROFILE_KEYS.join(', ')}` }]
    }
    return [{ path: issue.path, message: `${formatPath(issue.path)} ${issue.message}` }]
  })
}

const sortedUnique = (values: readonly string[]) => [...new Set(values)].sort()

/** Canonical form: fixed key order, sorted unique lists, normalized codes, empty lists dropped (they target nothing). */
export function normalizeContentProfile(profile: ContentProfile): ContentProfile {
  const codes = new Map<string, { system: CodeSystemName; code: string }>()
  for (const entry of profile.codes ?? []) {
    const result = validateClinicalCode(entry)
    const normalized = result.ok ? { system: result.system, code: result.code } : entry
    codes.set(`${normalized.system}:${normalized.code}`, normalized)
  }
  const sortedCodes = [...codes.keys()].sort().map((key) => codes.get(key)!)
  const segments = sortedUnique(profile.segments ?? [])
  const conditions = sortedUnique(profile.conditions ?? [])
  return {
    ...(profile.stage && { stage: profile.stage }),
    ...(segments.length > 0 && { segments }),
    ...(conditions.length > 0 && { conditions }),
    ...(sortedCodes.length > 0 && { codes: sortedCodes }),
    ...(profile.channel && { channel: profile.channel }),
    ...(profile.locale && { locale: profile.locale }),
  }
}

/** Validates untrusted input into a normalized profile, or explains every problem without repeating any value. */
export function parseContentProfile(input: unknown): ParseContentProfileResult {
  const identifiers = findIdentifiers(input)
  const parsed = contentProfileSchema.safeParse(input)
  if (parsed.success && identifiers.length === 0) return { ok: true, profile: normalizeContentProfile(parsed.data) }

  // An identifier finding explains its spot best; drop schema complaints about the same spot or anything inside it.
  const schemaFindings = parsed.success ? [] : describeIssues(parsed.error.issues)
  const findings = [
    ...identifiers,
    ...schemaFindings.filter((finding) => !identifiers.some((id) => isWithin(finding.path, id.path))),
  ]
  const messages = [...new Set(findings.map((finding) => finding.message))]
  if (messages.length > MAX_ERRORS) {
    return { ok: false, errors: [...messages.slice(0, MAX_ERRORS), `…and ${messages.length - MAX_ERRORS} more problems`] }
  }
  return { ok: false, errors: messages }
}

/** A stable cache key: the same profile in any key or list order gives the same key. */
export function profileCacheKey(profile: ContentProfile): string {
  const normalized = normalizeContentProfile(profile)
  const parts = PROFILE_KEYS.flatMap((key) => {
    const value = normalized[key]
    if (value === undefined) return []
    if (key === 'codes') return [`codes=${normalized.codes!.map((c) => `${c.system}:${c.code}`).join(',')}`]
    return [`${key}=${Array.isArray(value) ? value.join(',') : String(value)}`]
  })
  return ['profile:v1', ...parts].join(';')
}
