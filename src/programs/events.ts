/** What the change log records about programs and which of it webhooks can subscribe to. No Payload imports. */

/** `content-events.type` of a program's entries. */
export const PROGRAM_EVENT_TYPE = 'programs' as const

/**
 * Besides published/updated/unpublished/deleted, a program's log records `broken` (published content it delivers
 * stopped being servable) and `repaired` (its broken steps were fixed); the last of them is what the program is
 * known to have broken, so a breakage is announced once.
 */
export const PROGRAM_INTEGRITY_ACTIONS = ['broken', 'repaired'] as const
export type ProgramIntegrityAction = (typeof PROGRAM_INTEGRITY_ACTIONS)[number]

/** Webhook subscriptions for programs (Standard Webhooks `type` values). */
export const PROGRAM_WEBHOOK_EVENTS = [
  { label: 'Program published', value: 'program.published' },
  { label: 'Program updated (published again with changes)', value: 'program.updated' },
  { label: 'Program broken (a step\'s content stopped being servable)', value: 'program.broken' },
] as const
export type ProgramMessageType = (typeof PROGRAM_WEBHOOK_EVENTS)[number]['value']
export const PROGRAM_MESSAGE_TYPES: readonly ProgramMessageType[] = PROGRAM_WEBHOOK_EVENTS.map((e) => e.value)

/** The message type for a logged program action, or null when webhooks do not announce it. */
export function programMessageType(action: string): ProgramMessageType | null {
  const type = `program.${action}`
  return (PROGRAM_MESSAGE_TYPES as readonly string[]).includes(type) ? (type as ProgramMessageType) : null
}
