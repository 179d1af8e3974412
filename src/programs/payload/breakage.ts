/**
 * When content breaks a published program (unpublished, deleted, moved off a channel, translation removed, an event
 * ended, a review lapsed), the program's log records `broken` with the steps, and `program.broken` webhooks fire,
 * once per breakage: the save that broke it checks in its own transaction (one instance does that save), and the
 * jobs leader checks time-based breaks with a claim no other instance can take too. The last `broken` or `repaired`
 * entry is what the program is known to have broken, so a step already reported is not reported again until repaired.
 */
import type { CollectionAfterChangeHook, Payload, PayloadRequest, TaskConfig } from 'payload'

import type { ContentEvent } from '../../../payload-types'
import { currentAvailability } from '../../delivery/store'
import { claimOnce } from '../../jobs/lease'
import { isContentType } from '../../taxonomy/contentTypes'
import { lastLoggedEvent, segmentSlugs } from '../../hooks/logContentEvent'
import { brokenInEveryLocale, type StepReport } from '../delivery/integrity'
import { lookupIn, readStepContent } from './liveContent'
import { findPublishedPrograms } from './programStore'
import { toDeliveryProgram, type ProgramAllLocales } from './toDeliveryProgram'
import { programLocales } from '../delivery/types'
import { PROGRAM_EVENT_TYPE, PROGRAM_INTEGRITY_ACTIONS } from '../events'
import { NO_TAXONOMY } from './hooks/refuseBrokenPublish'

export const CHECK_PROGRAMS_TASK = 'checkProgramIntegrity' as const

type BrokenStep = StepReport & { locale: string }
const stepKey = (step: Pick<BrokenStep, 'locale' | 'step' | 'track'>) => `${step.track}/${step.step}/${step.locale}`

interface IntegrityDetail {
  brokenKeys: string[]
  steps: BrokenStep[]
  newlyBroken: BrokenStep[]
}

/** What the log says the program had broken: the last integrity entry, unless the program was published since. */
async function knownBroken(payload: Payload, programId: string, req?: PayloadRequest): Promise<{ eventId: string; keys: Set<string> }> {
  const last = await lastLoggedEvent(payload, { actions: ['published', 'updated', ...PROGRAM_INTEGRITY_ACTIONS], docId: programId, req, type: PROGRAM_EVENT_TYPE })
  const detail = last?.detail as Partial<IntegrityDetail> | undefined
  const keys = last && (last.action === 'broken' || last.action === 'repaired') && Array.isArray(detail?.brokenKeys) ? detail.brokenKeys : []
  return { eventId: last ? String(last.id) : 'none', keys: new Set(keys) }
}

/**
 * Checks one published program (read in all languages) and logs `broken` when steps broke that were not known to be,
 * `repaired` when known breaks were fixed. `claim` guards writers that may race (several instances' time checks).
 */
export async function recordIntegrityChange(payload: Payload, doc: ProgramAllLocales, { claim = false, req }: { claim?: boolean; req?: PayloadRequest } = {}): Promise<'broken' | 'repaired' | null> {
  const program = toDeliveryProgram(doc, NO_TAXONOMY)
  const live = await readStepContent(payload, [program], NO_TAXONOMY, req)
  const broken = brokenInEveryLocale(program, programLocales(program), lookupIn(live), await currentAvailability(payload, req))
  const keys = broken.map(stepKey)
  const known = await knownBroken(payload, program.id, req)
  const newlyBroken = broken.filter((step) => !known.keys.has(stepKey(step)))
  const repaired = [...known.keys].some((key) => !keys.includes(key))
  const action = newlyBroken.length ? 'broken' : repaired ? 'repaired' : null
  if (!action) return null
  if (claim && !(await claimOnce(payload, `program-${action}:${program.id}:after:${known.eventId}:${keys.sort().join(',')}`, 24 * 60 * 60 * 1000))) return null
  const detail: IntegrityDetail = { brokenKeys: keys, newlyBroken, steps: broken }
  await payload.create({
    collection: 'content-events',
    data: {
      action,
      at: new Date().toISOString(),
      detail: detail as never,
      docId: program.id,
      docUpdatedAt: doc.updatedAt,
      segments: await segmentSlugs(payload, doc.segments, req),
      slug: program.slug,
      stages: program.stages,
      title: program.name.en ?? program.name.es ?? program.slug,
      type: PROGRAM_EVENT_TYPE,
    },
    overrideAccess: true,
    req,
  })
  return action
}

/** The published programs with a step delivering this item. */
const publishedProgramsUsing = (payload: Payload, type: string, id: string, req?: PayloadRequest) =>
  findPublishedPrograms(payload, { req, where: { and: [{ 'tracks.steps.content.relationTo': { equals: type } }, { 'tracks.steps.content.value': { equals: id } }] } })

/** After a content item's change to what is live is logged (in the save's transaction): its programs are checked. */
export const checkProgramsUsingContent: CollectionAfterChangeHook<ContentEvent> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !isContentType(doc.type)) return doc
  for (const program of await publishedProgramsUsing(req.payload, doc.type, doc.docId, req)) await recordIntegrityChange(req.payload, program, { req })
  return doc
}

/** Every published program, checked by the jobs leader for breaks that come with time (events end, reviews lapse). */
export async function checkAllPrograms(payload: Payload): Promise<{ broken: number; repaired: number }> {
  const counts = { broken: 0, repaired: 0 }
  for (const doc of await findPublishedPrograms(payload)) {
    const outcome = await recordIntegrityChange(payload, doc, { claim: true })
    if (outcome) counts[outcome]++
  }
  return counts
}

/** Runs every five minutes on the instance that leads the jobs queue. */
export const CheckProgramIntegrity: TaskConfig<typeof CHECK_PROGRAMS_TASK> = {
  slug: CHECK_PROGRAMS_TASK,
  handler: async ({ req }) => ({ output: await checkAllPrograms(req.payload) }),
  inputSchema: [],
  outputSchema: [
    { name: 'broken', type: 'number' },
    { name: 'repaired', type: 'number' },
  ],
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
}
