import { APIError } from 'payload'

import type { Finding } from '../brand'

/**
 * Publishing refused by the brand guidelines. The message lists what to fix, so it reads the same in
 * the admin, REST and GraphQL; `data.findings` carries every finding for tools.
 */
export class BrandCheckFailed extends APIError<{ findings: Finding[] }> {
  constructor(findings: Finding[]) {
    const errors = findings.filter((f) => f.severity === 'error')
    const shown = errors.slice(0, 5).map((f) => `${f.message} (${f.path})`)
    const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : ''
    super(
      `Publishing is blocked by ${errors.length} brand-guideline error${errors.length === 1 ? '' : 's'}: ${shown.join('; ')}${more}. Save as a draft, fix these, then publish.`,
      400,
      { findings },
      true,
    )
    this.name = 'BrandCheckFailed'
  }
}
