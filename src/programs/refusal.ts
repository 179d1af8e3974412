/**
 * How a publish refused for broken steps is recognised in an answer (server and admin share it): the error's
 * `data.reason`. Kept free of server imports so the admin's components can use it.
 */
import type { StepReport } from './delivery/integrity'

export const PROGRAM_REFUSAL = 'programIntegrity'

export interface ProgramRefusalData {
  reason: typeof PROGRAM_REFUSAL
  /** The broken steps, each named (`"Your baby" step 3 (day 14, email)`) with its language, reason and message. */
  steps: Array<StepReport & { label: string; locale: string }>
}

export const isProgramRefusal = (data: unknown): data is ProgramRefusalData =>
  typeof data === 'object' && data !== null && (data as { reason?: unknown }).reason === PROGRAM_REFUSAL && Array.isArray((data as { steps?: unknown }).steps)

/** One sentence without commas (the admin's toast splits at commas, see brandGate/refusal.ts); the steps travel in `data.steps`. */
export function programRefusalMessage(broken: number): string {
  return `Publishing was refused: ${broken} program ${broken === 1 ? 'step is' : 'steps are'} broken (see the list of steps in the answer).`
}
