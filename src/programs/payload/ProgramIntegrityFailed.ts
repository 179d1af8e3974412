import { APIError } from 'payload'

import { stepLabel, type StepReport } from '../delivery/integrity'
import { PROGRAM_REFUSAL, programRefusalMessage, type ProgramRefusalData } from '../refusal'

/**
 * Publishing a program with broken steps, refused brand-gate style: one sentence for people, and in `data.steps`
 * every broken step named by track, step number, day and channel with what to do about it.
 */
export class ProgramIntegrityFailed extends APIError<ProgramRefusalData> {
  constructor(broken: Array<StepReport & { locale: string }>) {
    const steps = broken.map((step) => ({ ...step, label: stepLabel(step) }))
    super(programRefusalMessage(steps.length), 400, { reason: PROGRAM_REFUSAL, steps }, true)
    this.name = 'ProgramIntegrityFailed'
  }
}
