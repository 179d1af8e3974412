import type { PayloadRequest, TaskConfig } from 'payload'

import { checkContentOffThread } from './brandWorkerPool'
import { buildCheckInput } from './buildCheckInput'
import { findingPlaceNamer } from './findingPlaces'
import { loadBrandSettings } from './loadBrandSettings'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { LOCALES } from '../taxonomy/locales'

const PAGE = 100

/** Checks every published item, in every language it has, against the current guidelines. */
export async function recheckPublishedContent(req: PayloadRequest) {
  const { payload } = req
  const settings = await loadBrandSettings(req)
  const failing: Array<{ docId: string; errors: string; locale: string; title: string; type: string }> = []
  let checked = 0
  for (const type of CONTENT_TYPES) {
    const placeOf = findingPlaceNamer(payload.collections[type].config.fields)
    for (const locale of LOCALES) {
      for (let page = 1; ; page += 1) {
        const result = await payload.find({
          collection: type,
          depth: 0,
          fallbackLocale: false as never,
          limit: PAGE,
          locale,
          overrideAccess: true,
          page,
          where: { _status: { equals: 'published' } },
        })
        for (const doc of result.docs) {
          if (!doc.title) continue // no text in this language
          checked += 1
          const report = await checkContentOffThread(await buildCheckInput(req, type, doc, locale), settings)
          if (!report.passes) {
            failing.push({
              docId: String(doc.id),
              errors: report.findings.filter((f) => f.severity === 'error').map((f) => `${placeOf(f.path)}: ${f.message}`).join('\n'),
              locale,
              title: String(doc.title),
              type,
            })
          }
        }
        if (!result.hasNextPage) break
      }
    }
  }
  return { checked, failing }
}

export const RecheckBrandCompliance: TaskConfig<'recheckBrandCompliance'> = {
  slug: 'recheckBrandCompliance',
  handler: async ({ req }) => {
    const { checked, failing } = await recheckPublishedContent(req)
    await req.payload.updateGlobal({
      context: { brandRecheckResult: true },
      data: { lastRecheck: { checked, failing, finishedAt: new Date().toISOString() } },
      overrideAccess: true,
      slug: 'brandGuidelines',
    })
    return { output: { checked, failing: failing.length } }
  },
  inputSchema: [],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'failing', type: 'number' },
  ],
  retries: 2,
}
