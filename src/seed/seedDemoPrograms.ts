import type { CollectionSlug, Payload } from 'payload'

import { approveAndPublish } from '../workflowGate/approveAndPublish'
import { DEMO_BRAND_MANAGER_EMAIL } from './accounts'
import { demoPrograms } from './data'
import type { DemoProgram } from './data/types'

type ID = number | string

/** Ids by slug, for one collection, looked up once each. */
function slugLookup(payload: Payload) {
  const cache = new Map<string, ID>()
  return async (collection: CollectionSlug, slug: string): Promise<ID> => {
    const key = `${collection}:${slug}`
    if (!cache.has(key)) {
      const { docs } = await payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { slug: { equals: slug } } })
      if (!docs[0]) throw new Error(`Demo program: no ${collection} "${slug}" in the library.`)
      cache.set(key, docs[0].id)
    }
    return cache.get(key)!
  }
}

async function programData(program: DemoProgram, idOf: ReturnType<typeof slugLookup>) {
  const ids = (collection: CollectionSlug, slugs: string[]) => Promise.all(slugs.map((s) => idOf(collection, s)))
  return {
    anchor: program.anchor,
    conditions: await ids('conditions', program.conditions),
    name: program.name.en,
    segments: await ids('segments', program.segments),
    slug: program.slug,
    stages: program.stages,
    summary: program.summary.en,
    tracks: await Promise.all(
      program.tracks.map(async (track) => ({
        description: track.description?.en,
        name: track.name.en,
        slug: track.slug,
        steps: await Promise.all(
          track.steps.map(async (step) => ({
            channel: step.channel,
            content: { relationTo: step.content.type, value: await idOf(step.content.type, step.content.key) },
            ...(step.day !== undefined ? { day: step.day } : {}),
            ...(step.window ? { window: step.window } : {}),
            ...(step.segment ? { segment: await idOf('segments', step.segment) } : {}),
            note: step.note,
          })),
        ),
      })),
    ),
  }
}

/**
 * The demo programs (`src/seed/data/programs.ts`), built from the library already loaded: written as drafts (English,
 * then the Spanish names), submitted, approved by the demo brand manager and published, as people would.
 */
export async function seedDemoPrograms(payload: Payload): Promise<number> {
  const brand = (await payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: DEMO_BRAND_MANAGER_EMAIL } } })).docs[0]
  if (!brand) throw new Error(`The demo brand manager (${DEMO_BRAND_MANAGER_EMAIL}) must exist before the demo programs are loaded.`)
  const idOf = slugLookup(payload)
  for (const program of demoPrograms) {
    const fail = (step: string) => (error: Error & { data?: unknown }) => {
      throw new Error(`Demo program "${program.slug}" could not be ${step}: ${error.message} ${JSON.stringify(error.data ?? '')}`)
    }
    const created = await payload
      .create({ collection: 'programs', data: { ...(await programData(program, idOf)), _status: 'draft' } as never, depth: 0, draft: true })
      .catch(fail('created'))
    if (program.name.es) {
      await payload
        .update({
          collection: 'programs',
          data: {
            name: program.name.es,
            summary: program.summary.es,
            // Rows keep their ids (and steps), so only the Spanish names and descriptions are added.
            tracks: (created.tracks ?? []).map((row, i) => ({ ...row, description: program.tracks[i]!.description?.es, name: program.tracks[i]!.name.es ?? row.name })),
          },
          depth: 0,
          draft: true,
          id: created.id,
          locale: 'es',
        })
        .catch(fail('translated'))
    }
    await approveAndPublish(payload, { id: created.id, reviewers: [brand as never], type: 'programs' }).catch(fail('published'))
  }
  return demoPrograms.length
}
