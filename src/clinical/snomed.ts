/** SNOMED CT concept identifiers (SCTIDs): length, Verhoeff check digit and partition, per the SNOMED CT identifier rules. */

export type SNOMEDCTResult = { ok: true; code: string } | { ok: false; message: string; reason: string }

// Verhoeff tables (dihedral group D5 multiplication, position permutation, inverse), as published.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

/** True when the last digit of `digits` is its Verhoeff check digit. */
export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let c = 0
  for (let i = 0; i < digits.length; i++) c = D[c]![P[i % 8]![Number(digits[digits.length - 1 - i])]!]!
  return c === 0
}

/** The Verhoeff check digit to append to `digits`. */
export function verhoeffCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError('Verhoeff check digits are computed over decimal digits only')
  let c = 0
  for (let i = 0; i < digits.length; i++) c = D[c]![P[(i + 1) % 8]![Number(digits[digits.length - 1 - i])]!]!
  return INV[c]!
}

const EXAMPLE = '(for example 44054006 for type 2 diabetes mellitus)'

// Second digit of the partition identifier says what the id names; only 0 (concept) belongs in a concept field.
const PARTITION_KINDS: Record<string, string> = {
  '1': 'a description id',
  '2': 'a relationship id',
}

/** Checks a SNOMED CT concept id; description and relationship ids are rejected, since content is tagged with concepts. */
export function validateSNOMEDCT(raw: string): SNOMEDCTResult {
  const code = typeof raw === 'string' ? raw.trim() : ''
  const fail = (reason: string): SNOMEDCTResult => ({
    ok: false,
    message: `${code === '' ? 'The SNOMED CT concept id' : JSON.stringify(code)} ${reason}`,
    reason,
  })
  if (code === '') return fail(`is empty; a SNOMED CT concept id is 6 to 18 digits ${EXAMPLE}`)
  if (!/^\d+$/.test(code)) return fail(`is not a valid SNOMED CT concept id: it must contain digits only ${EXAMPLE}`)
  if (code.length < 6 || code.length > 18)
    return fail(`is not a valid SNOMED CT concept id: it must be 6 to 18 digits long ${EXAMPLE}`)
  if (code.startsWith('0')) return fail(`is not a valid SNOMED CT concept id: it cannot start with 0 ${EXAMPLE}`)
  if (!verhoeffValid(code))
    return fail(`is not a valid SNOMED CT concept id: its check digit is wrong, so a digit is probably mistyped ${EXAMPLE}`)
  const partition = code.slice(-3, -1)
  const [format, kind] = [partition[0]!, partition[1]!]
  if (kind !== '0') {
    const what = PARTITION_KINDS[kind] ?? `an id of another kind (partition ${partition})`
    return fail(`is not a SNOMED CT concept id: it is ${what}; use the concept id ${EXAMPLE}`)
  }
  if (format !== '0' && format !== '1')
    return fail(`is not a valid SNOMED CT concept id: partition ${partition} does not exist ${EXAMPLE}`)
  // Extension (long-format) ids carry a 7-digit namespace before the partition, so they cannot be shorter than 11 digits.
  if (format === '1' && code.length < 11)
    return fail(`is not a valid SNOMED CT concept id: an extension id must include a 7-digit namespace ${EXAMPLE}`)
  return { ok: true, code }
}
