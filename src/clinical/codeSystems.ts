/** The clinical code systems Carepath tags content with, identified the way HL7 (CDA/FHIR) messages identify them. */
import { validateICD10CM } from './icd10cm'
import { validateSNOMEDCT } from './snomed'

export type CodeSystemName = 'ICD10CM' | 'SNOMEDCT'

export interface CodeSystem {
  name: CodeSystemName
  displayName: string
  /** HL7 OID, as used in CDA documents and `urn:oid:` references. */
  oid: string
  /** FHIR canonical system URI. */
  uri: string
}

export const CODE_SYSTEMS: Readonly<Record<CodeSystemName, CodeSystem>> = {
  ICD10CM: { name: 'ICD10CM', displayName: 'ICD-10-CM', oid: '2.16.840.1.113883.6.90', uri: 'http://hl7.org/fhir/sid/icd-10-cm' },
  SNOMEDCT: { name: 'SNOMEDCT', displayName: 'SNOMED CT', oid: '2.16.840.1.113883.6.96', uri: 'http://snomed.info/sct' },
}

export const CODE_SYSTEM_NAMES = Object.keys(CODE_SYSTEMS) as CodeSystemName[]

// Editors and integrations spell names loosely ("icd-10-cm", "SNOMED CT"), so compare letters and digits only.
const squash = (value: string): string => value.toLowerCase().replace(/[^a-z0-9]/g, '')

/** Looks a system up by its HL7 OID, with or without the `urn:oid:` prefix. */
export function codeSystemByOID(oid: string): CodeSystem | undefined {
  const bare = oid.trim().replace(/^urn:oid:/i, '')
  return Object.values(CODE_SYSTEMS).find((system) => system.oid === bare)
}

/** Looks a system up by name or display name, case- and punctuation-insensitively (`icd10cm`, `SNOMED-CT`). */
export function codeSystemByName(name: string): CodeSystem | undefined {
  const key = squash(name)
  if (key === '') return undefined
  return Object.values(CODE_SYSTEMS).find((system) => squash(system.name) === key || squash(system.displayName) === key)
}

/** Resolves any of name, display name, OID or FHIR URI. */
export function resolveCodeSystem(reference: string): CodeSystem | undefined {
  if (typeof reference !== 'string') return undefined
  const trimmed = reference.trim()
  return (
    codeSystemByOID(trimmed) ??
    Object.values(CODE_SYSTEMS).find((system) => system.uri === trimmed.replace(/\/+$/, '')) ??
    codeSystemByName(trimmed)
  )
}

export type ClinicalCodeResult =
  | { ok: true; system: CodeSystemName; code: string }
  | { ok: false; message: string; reason: string }

export const UNKNOWN_SYSTEM_REASON = `is not a supported code system: use ${CODE_SYSTEM_NAMES.join(' or ')} (or their HL7 OIDs)`

/** Validates a code against its system and returns the canonical system name and normalized code. */
export function validateClinicalCode({ code, system }: { system: string; code: string }): ClinicalCodeResult {
  const resolved = resolveCodeSystem(system)
  if (!resolved) {
    return { ok: false, message: `${JSON.stringify(String(system))} ${UNKNOWN_SYSTEM_REASON}`, reason: UNKNOWN_SYSTEM_REASON }
  }
  const result = resolved.name === 'ICD10CM' ? validateICD10CM(code) : validateSNOMEDCT(code)
  return result.ok ? { ok: true, system: resolved.name, code: result.code } : result
}
