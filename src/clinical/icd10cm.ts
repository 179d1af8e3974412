/** ICD-10-CM diagnosis codes: shape checks and normalization (pure; the code set itself is not bundled). */

export type ICD10CMResult = { ok: true; code: string } | { ok: false; message: string; reason: string }

// A letter, a digit, a letter or digit (Z3A, C7A exist), then up to four more after the dot: at most 7 characters.
const ICD10CM_PATTERN = /^[A-Z][0-9][A-Z0-9](?:\.[A-Z0-9]{1,4})?$/

export const ICD10CM_EXPECTED_FORMAT =
  'expected a letter, a digit and a letter or digit, optionally followed by a dot and up to four letters or digits (for example E11.9 or O24.419)'

/** Puts a code into its canonical written form: `e119` → `E11.9`, `E11.` → `E11`. Does not validate. */
export function normalizeICD10CM(raw: string): string {
  let code = raw.trim().toUpperCase()
  // Claims and EHR exports often drop the dot; it always belongs after the category (3rd character).
  if (code.length > 3 && !code.includes('.')) code = `${code.slice(0, 3)}.${code.slice(3)}`
  if (code.endsWith('.')) code = code.slice(0, -1)
  return code
}

/** Normalizes, then checks the ICD-10-CM shape; the message quotes what the editor typed and shows the expected form. */
export function validateICD10CM(raw: string): ICD10CMResult {
  // Data arrives from JSON: guard against non-strings even though the type says string.
  const typed = typeof raw === 'string' ? raw.trim() : ''
  if (typed === '') {
    const reason = `is empty; ${ICD10CM_EXPECTED_FORMAT}`
    return { ok: false, message: `The ICD-10-CM code ${reason}`, reason }
  }
  const code = normalizeICD10CM(typed)
  if (ICD10CM_PATTERN.test(code)) return { ok: true, code }
  const reason = `is not a valid ICD-10-CM code: ${ICD10CM_EXPECTED_FORMAT}`
  return { ok: false, message: `${JSON.stringify(typed)} ${reason}`, reason }
}

/** Broader codes of the same diagnosis, nearest first: `O24.419` → `O24.41`, `O24.4`, `O24`. Invalid codes have none. */
export function icd10Ancestors(code: string): string[] {
  const result = validateICD10CM(code)
  if (!result.ok) return []
  const [category, subcode = ''] = result.code.split('.')
  const ancestors: string[] = []
  for (let length = subcode.length - 1; length >= 1; length--) ancestors.push(`${category}.${subcode.slice(0, length)}`)
  if (subcode) ancestors.push(category)
  return ancestors
}
