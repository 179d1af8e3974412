/** How much a finding matters: errors block publishing; warnings are shown to the editor but do not. */
import { z } from 'zod'

export const severitySchema = z.enum(['error', 'warning', 'off'])
export type Severity = z.infer<typeof severitySchema>

export const findingSeveritySchema = z.enum(['error', 'warning'])
