import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { keepingRequestLocale } from '../../../localApi/keepingRequestLocale'
import { isContentType, type ContentType } from '../../../taxonomy/contentTypes'
import type { Locale } from '../../../taxonomy/locales'
import { idOf } from '../../../utilities/idOf'
import { contentKey, programProblems, sortSteps, stepContentRef, type StepContentFacts } from '../../validation'

type Doc = Record<string, any>

const localized = (v: unknown): Partial<Record<Locale, null | string>> =>
  typeof v === 'string' ? { en: v } : v && typeof v === 'object' ? (v as Partial<Record<Locale, null | string>>) : {}

/** The live version of every content item the steps point at, in every language (what a step would send). */
async function loadStepContent(req: PayloadRequest, tracks: Doc[]): Promise<Map<string, StepContentFacts>> {
  const wanted = new Map<ContentType, Set<number | string>>()
  for (const track of tracks) {
    for (const step of (track.steps ?? []) as Doc[]) {
      const ref = stepContentRef(step)
      if (ref && isContentType(ref.type)) wanted.set(ref.type, (wanted.get(ref.type) ?? new Set()).add(ref.id))
    }
  }
  const facts = new Map<string, StepContentFacts>()
  for (const [type, ids] of wanted) {
    // Whole documents: with `select` and `locale: 'all'`, Payload 3.90 returns the variants' segments empty on SQL.
    const { docs } = await keepingRequestLocale(req, () =>
      req.payload.find({
        collection: type,
        depth: 0,
        limit: ids.size,
        locale: 'all',
        overrideAccess: true,
        pagination: false,
        req,
        where: { id: { in: [...ids] } },
      }),
    )
    for (const doc of docs as Doc[]) {
      facts.set(contentKey(type, doc.id), {
        channels: doc.channels ?? [],
        title: localized(doc.title),
        type,
        variants: ((doc.variants ?? []) as Doc[]).map((v) => ({ segments: ((v.segments ?? []) as unknown[]).map((s) => idOf(s)!).filter((s) => s !== undefined), title: localized(v.title) })),
      })
    }
  }
  return facts
}

async function segmentNames(req: PayloadRequest, tracks: Doc[]): Promise<Map<string, string>> {
  const ids = [...new Set(tracks.flatMap((t) => ((t.steps ?? []) as Doc[]).map((s) => idOf(s.segment)).filter((id) => id !== undefined)))]
  if (!ids.length) return new Map()
  const { docs } = await keepingRequestLocale(req, () =>
    req.payload.find({ collection: 'segments', depth: 0, limit: ids.length, overrideAccess: true, pagination: false, req, where: { id: { in: ids } } }),
  )
  return new Map(docs.map((d) => [String(d.id), String((d as Doc).name ?? d.id)]))
}

/**
 * The schedule's rules on every save (`src/programs/validation.ts`): malformed values are refused always, and a
 * publish also needs a complete schedule whose content is offered on each step's channel. Runs before Payload's own
 * field validation, so editors read the step's name rather than a field path.
 */
export const checkProgramSchedule: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const program = { anchor: data.anchor ?? originalDoc?.anchor, tracks: data.tracks ?? originalDoc?.tracks }
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  const tracks = (Array.isArray(program.tracks) ? program.tracks : []) as Doc[]
  const facts = publishing ? { content: await loadStepContent(req, tracks), segmentNames: await segmentNames(req, tracks) } : {}
  const problems = programProblems(program, { publishing, ...facts })
  if (problems.length) {
    const error = new ValidationError({ collection: collection.slug, errors: problems.map(({ message, path }) => ({ label: message, message, path })) }, req.t)
    // One sentence per problem, not Payload's "The following fields are invalid: <labels>".
    error.message = problems.length === 1 ? problems[0]!.message : `The schedule has ${problems.length} problems. ${problems.map((p) => p.message).join(' ')}`
    throw error
  }
  return data
}

/** Stores each track's steps in schedule order (by day, or by window for seasonal programs). */
export const sortProgramSteps: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (Array.isArray(data.tracks)) data.tracks = sortSteps(data.tracks, (data.anchor ?? originalDoc?.anchor) === 'season')
  return data
}
