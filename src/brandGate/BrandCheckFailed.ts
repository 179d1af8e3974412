import { APIError } from 'payload'

import type { Finding } from '../brand'
import { BRAND_REFUSAL, refusalMessage, type BrandRefusalData } from './refusal'

/**
 * Publishing refused by the brand guidelines. The message is one short sentence for people (the admin shows it as a
 * toast); `data.findings` carries every finding (rule, severity, path, text, message) for the admin's list and for tools.
 */
export class BrandCheckFailed extends APIError<BrandRefusalData> {
  constructor(findings: Finding[]) {
    super(refusalMessage(findings.filter((f) => f.severity === 'error').length), 400, { findings, reason: BRAND_REFUSAL }, true)
    this.name = 'BrandCheckFailed'
  }
}
