/** The delivery side of programs, shared by GraphQL (both endpoints) and REST: answers from the in-memory store. */
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { effectiveChannel } from '../../delivery/access'
import { deliveryStore, type DeliveryStore } from '../../delivery/store'
import { DeliveryInputError } from '../../personalization/errors'
import { responseCacheKey } from '../../personalization/responseCache'
import { SLUG_PATTERN } from '../../privacy/profile'
import type { JourneyStage } from '../../taxonomy/journeyStages'
import type { Locale } from '../../taxonomy/locales'
import { ProgramNotFound } from '../delivery/errors'
import { programIntegrity, type IntegrityReport } from '../delivery/integrity'
import { anyProgram } from './programStore'
import { programLocale, programSteps, type ProgramStepsAnswer } from '../delivery/schedule'
import { indexLookup } from '../delivery/storeLookup'
import { parseStepQuery, type StepQueryInput } from '../delivery/stepQuery'
import type { DeliveryProgram } from '../delivery/types'

/** Input problems become 400s, unknown programs and tracks 404s, each with a message a person understands. */
export function asAPIError(error: unknown): never {
  if (error instanceof DeliveryInputError) throw new APIError(error.message, 400, null, true)
  if (error instanceof ProgramNotFound) throw new APIError(error.message, 404, null, true)
  throw error
}

function publishedProgram(store: DeliveryStore, slug: unknown): DeliveryProgram {
  if (typeof slug !== 'string' || slug.length > 64 || !SLUG_PATTERN.test(slug)) {
    throw new DeliveryInputError('program must be a program slug such as "new-mom" (lowercase letters, digits and hyphens).')
  }
  const program = store.programs.index.bySlug(slug)
  if (!program) throw new ProgramNotFound(`No published program has the slug "${slug}".`)
  return program
}

export interface ProgramStepsResult {
  answer: ProgramStepsAnswer
  /** The cache key of this answer (REST caches its serialized body under it too). */
  key: string
  store: DeliveryStore
}

/** `programSteps`: the steps due for a day (or date) and window; cached until the program or a step's content changes. */
export async function runProgramSteps(req: PayloadRequest, args: StepQueryInput & { program: unknown }): Promise<ProgramStepsResult> {
  const store = await deliveryStore(req.payload)
  try {
    const program = publishedProgram(store, args.program)
    const query = parseStepQuery(args, program.anchor === 'season')
    const onlyChannel = effectiveChannel(req, query.channel)
    const key = responseCacheKey('programSteps', {}, { ...query, date: query.date?.toISOString(), onlyChannel, program: program.id })
    const answer = store.programs.cached(
      key,
      store.programs.affectedBy(program),
      () => programSteps(program, query, indexLookup(store.index), { ...store.availability, now: new Date() }, onlyChannel),
      store.cacheEnabled,
    )
    return { answer, key, store }
  } catch (error) {
    return asAPIError(error)
  }
}

export interface ProgramSchedule {
  program: DeliveryProgram
  locale: Locale
  localeFallback: boolean
  integrity: IntegrityReport
}

/** `program(slug)`: the whole schedule with each step's status, for import into a journey builder. */
export async function runProgramSchedule(req: PayloadRequest, args: { locale?: Locale | null; slug: unknown }): Promise<ProgramSchedule> {
  const store = await deliveryStore(req.payload)
  try {
    const program = publishedProgram(store, args.slug)
    const { locale, localeFallback } = programLocale(program, args.locale ?? 'en')
    const key = responseCacheKey('program', {}, { locale, program: program.id })
    const integrity = store.programs.cached(
      key,
      store.programs.affectedBy(program),
      () => programIntegrity(program, locale, indexLookup(store.index), { ...store.availability, now: new Date() }),
      store.cacheEnabled,
    )
    return { integrity, locale, localeFallback, program }
  } catch (error) {
    return asAPIError(error)
  }
}

/** `programs(stage, segment, condition)`: published programs for a coarse audience. */
export async function runPrograms(req: PayloadRequest, args: { condition?: string | null; segment?: string | null; stage?: JourneyStage | null }): Promise<DeliveryProgram[]> {
  for (const [name, value] of [['segment', args.segment], ['condition', args.condition]] as const) {
    if (value !== undefined && value !== null && (value.length > 64 || !SLUG_PATTERN.test(value))) {
      throw new APIError(`${name} must be a ${name} slug (lowercase letters, digits and hyphens); programs take coarse attributes only, never anything about a person.`, 400, null, true)
    }
  }
  const store = await deliveryStore(req.payload)
  const filter = { condition: args.condition ?? undefined, segment: args.segment ?? undefined, stage: args.stage ?? undefined }
  return store.programs.cached(responseCacheKey('programs', {}, filter), anyProgram, () => store.programs.index.matching(filter), store.cacheEnabled)
}
