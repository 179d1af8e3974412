/**
 * How a publish refused by the brand guidelines is recognised in an answer (server and admin share it): the error's
 * `data.reason`. Kept free of server imports so the admin's components can use it.
 */
import type { Finding } from '../brand/settings'

export const BRAND_REFUSAL = 'brandGuidelines'

export interface BrandRefusalData {
  reason: typeof BRAND_REFUSAL
  /** Every finding of the refused content, errors and warnings, as the engine reported them. */
  findings: Finding[]
}

export const isBrandRefusal = (data: unknown): data is BrandRefusalData =>
  typeof data === 'object' && data !== null && (data as { reason?: unknown }).reason === BRAND_REFUSAL && Array.isArray((data as { findings?: unknown }).findings)

/**
 * One sentence without commas: Payload's admin splits a toast's text at the first colon and then at every comma into a
 * bullet list, so the findings themselves travel in `data.findings` and are listed at the top of the edit form.
 */
export function refusalMessage(errors: number): string {
  return `Publishing was refused: ${errors} brand-guideline ${errors === 1 ? 'error needs' : 'errors need'} fixing first (see the list at the top of the form).`
}
