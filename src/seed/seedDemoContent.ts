import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { demoConditions, demoDisclaimers, demoItems, demoSegments, demoSnippets } from './data'
import type { DemoCondition, DemoEvent, DemoItem, LocalizedText } from './data/types'
import { transcriptToWebVTT } from './captions'
import { paragraphsToLexical } from './lexical'
import type { Locale } from '../taxonomy/locales'
import { DEFAULT_MAX_REVIEW_AGE_MONTHS, isReviewLapsed } from '../clinical/reviewDue'
import { approveAndPublish } from '../workflowGate/approveAndPublish'
import { runReviewAct } from '../workflowGate/runReviewAct'
import { DEMO_REVIEWER_EMAIL } from './accounts'

type ID = number | string

const snippetNode = (id: ID) => ({
  type: 'block',
  fields: { blockName: '', blockType: 'snippet', id: `snippet-${String(id)}`, snippet: id },
  format: '',
  version: 2,
})

/** Parents before children, so every `parent` exists when its child is created. */
function parentsFirst(conditions: readonly DemoCondition[]): DemoCondition[] {
  const bySlug = new Map(conditions.map((c) => [c.slug, c]))
  const ordered: DemoCondition[] = []
  const visit = (c: DemoCondition) => {
    if (ordered.includes(c)) return
    if (c.parent) visit(bySlug.get(c.parent)!)
    ordered.push(c)
  }
  conditions.forEach(visit)
  return ordered
}

function eventFields(item: DemoEvent) {
  const attendance = item.location && item.virtualUrl ? 'hybrid' : item.virtualUrl ? 'virtual' : 'in-person'
  return {
    attendance,
    capacity: item.capacity,
    endsAt: item.endsAt,
    kind: item.kind,
    location: item.location,
    registrationUrl: item.registrationUrl,
    startsAt: item.startsAt,
    status: item.status,
    timeZone: item.timeZone,
    virtualUrl: item.virtualUrl,
  } as const
}

async function demoCaptions(payload: Payload, key: string, transcript: readonly string[], durationSeconds: number, language: Locale) {
  const vtt = Buffer.from(transcriptToWebVTT(transcript, durationSeconds))
  const doc = await payload.create({
    collection: 'caption-files',
    data: { language },
    file: { data: vtt, mimetype: 'text/vtt', name: `${key}.vtt`, size: vtt.length },
  })
  return doc.id
}

type Reviewer = { id: ID; [key: string]: unknown }

/**
 * Takes a demo draft through the workflow: submitted, approved by the demo medical reviewer at the
 * item's review date, published. Items written only in Spanish are published in Spanish (approveAndPublish
 * publishes in the default language, where their required title is missing).
 */
async function approveAndPublishDemo(payload: Payload, item: DemoItem, id: ID, reviewer: Reviewer, locale: Locale, context?: Record<string, unknown>) {
  const at = item.medicalReviewedAt ? new Date(`${item.medicalReviewedAt}T12:00:00Z`) : undefined
  if (locale === 'en') return approveAndPublish(payload, { at, context, id, reviewers: [reviewer], type: item.type })
  await runReviewAct(await createLocalReq({}, payload), { act: 'submit', id, type: item.type })
  await runReviewAct(await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, payload), { act: 'approve', at, id, type: item.type })
  return payload.update({ collection: item.type, context, data: { _status: 'published' } as never, depth: 0, id, locale })
}

/** Loads the demo library: conditions, segments, snippets and ~70 published items in English and Spanish. */
export async function seedDemoContent(payload: Payload): Promise<Record<string, number>> {
  const reviewer = (await payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: DEMO_REVIEWER_EMAIL } } })).docs[0]
  if (!reviewer) throw new Error(`The demo medical reviewer (${DEMO_REVIEWER_EMAIL}) must exist before the demo content is loaded.`)
  const now = new Date()

  const segmentIds = new Map<string, ID>()
  for (const segment of demoSegments) {
    const doc = await payload.create({ collection: 'segments', data: segment })
    segmentIds.set(segment.slug, doc.id)
  }

  const conditionIds = new Map<string, ID>()
  for (const condition of parentsFirst(demoConditions)) {
    const doc = await payload.create({
      collection: 'conditions',
      data: {
        description: condition.description,
        icd10Codes: condition.icd10,
        name: condition.name,
        parent: condition.parent ? (conditionIds.get(condition.parent) as number) : null,
        serviceLine: condition.serviceLine,
        slug: condition.slug,
        snomedCodes: condition.snomed,
        synonyms: condition.synonyms,
      },
    })
    if (condition.es) await payload.update({ collection: 'conditions', data: condition.es, id: doc.id, locale: 'es' })
    conditionIds.set(condition.slug, doc.id)
  }

  const snippetIds = new Map<string, ID>()
  for (const snippet of demoSnippets) {
    const doc = await payload.create({
      collection: 'snippets',
      data: { _status: 'published', body: paragraphsToLexical(snippet.paragraphs), slug: snippet.key, title: snippet.title },
    })
    snippetIds.set(snippet.key, doc.id)
    if (snippet.paragraphsEs) {
      await payload.update({ collection: 'snippets', data: { _status: 'published', body: paragraphsToLexical(snippet.paragraphsEs) }, id: doc.id, locale: 'es' })
    }
  }

  // The guidelines require the disclaimer per content type, as a hospital would set them up; nothing is published yet,
  // so there is nothing to re-check.
  await payload.updateGlobal({
    context: { skipBrandRecheck: true },
    data: { disclaimers: Object.fromEntries(Object.entries(demoDisclaimers).map(([type, key]) => [type, snippetIds.get(key) as number])) },
    slug: 'brandGuidelines',
  })

  const ids = (slugs: readonly string[], map: Map<string, ID>) => slugs.map((s) => map.get(s)! as number)
  const body = (item: DemoItem, text: Partial<LocalizedText> | undefined) =>
    text?.body ? paragraphsToLexical(text.body, item.snippets.map((key) => snippetNode(snippetIds.get(key)!))) : undefined

  const counts: Record<string, number> = { conditions: conditionIds.size, segments: segmentIds.size, snippets: snippetIds.size }
  for (const item of demoItems) {
    const mainLocale = item.en ? 'en' : 'es'
    const main = item[mainLocale]!
    const shared = {
      _status: 'draft' as const,
      body: body(item, main),
      channels: item.channels,
      citations: item.citations,
      conditions: ids(item.conditions, conditionIds),
      segments: ids(item.segments, segmentIds),
      slug: item.key,
      stages: item.stages,
      summary: main.summary,
      title: main.title,
      translationComplete: true,
      variants: (item.variants ?? []).map((v) => ({
        body: body(item, v[mainLocale]),
        segments: ids(v.segments, segmentIds),
        summary: v[mainLocale]?.summary,
        title: v[mainLocale]?.title,
      })),
    }
    const typeFields =
      item.type === 'videos'
        ? {
            captions: await demoCaptions(payload, item.key, item.transcript, item.durationSeconds, mainLocale),
            durationSeconds: item.durationSeconds,
            source: 'external',
            transcript: paragraphsToLexical(item.transcript),
            url: item.url,
          }
        : item.type === 'events'
          ? eventFields(item)
          : {}
    // Written as a draft (the main language, then the Spanish text), then reviewed and published.
    const created = (await payload
      .create({ collection: item.type, data: { ...shared, ...typeFields } as never, depth: 0, draft: true, locale: mainLocale })
      .catch((error: Error & { data?: unknown }) => {
        throw new Error(`Demo item "${item.key}" could not be created: ${error.message} ${JSON.stringify(error.data ?? '')}`)
      })) as unknown as { id: ID; variants?: Array<{ id: string }> }

    const other = mainLocale === 'en' ? item.es : undefined
    if (other) {
      await payload.update({
        collection: item.type,
        data: {
          body: body(item, other),
          ...(item.type === 'videos' && item.transcriptEs
            ? { captions: await demoCaptions(payload, `${item.key}-es`, item.transcriptEs, item.durationSeconds, 'es'), transcript: paragraphsToLexical(item.transcriptEs) }
            : {}),
          summary: other.summary,
          title: other.title,
          translationComplete: true,
          // Array rows keep their ids, so only the Spanish text of each variant is added.
          variants: (item.variants ?? []).map((v, i) => ({
            body: body(item, v.es),
            id: created.variants?.[i]?.id,
            segments: ids(v.segments, segmentIds),
            summary: v.es?.summary,
            title: v.es?.title,
          })),
        } as never,
        depth: 0,
        draft: true,
        id: created.id,
        locale: 'es',
      })
    }

    // A few demo items are deliberately past their medical review: they stand for content approved and
    // published before it lapsed, so they are published with their brand findings recorded.
    const lapsed = item.medicalReviewedAt !== undefined && isReviewLapsed(new Date(`${item.medicalReviewedAt}T12:00:00Z`), DEFAULT_MAX_REVIEW_AGE_MONTHS, now)
    const published = (await approveAndPublishDemo(payload, item, created.id, reviewer as unknown as Reviewer, mainLocale, lapsed ? { brandGate: 'record-only' } : undefined).catch(
      (error: Error & { data?: unknown }) => {
        throw new Error(`Demo item "${item.key}" could not be published: ${error.message} ${JSON.stringify(error.data ?? '')}`)
      },
    )) as unknown as { brandCheck?: { passes?: boolean | null } }
    if (published.brandCheck?.passes === false) counts.publishedWithBrandErrors = (counts.publishedWithBrandErrors ?? 0) + 1
    counts[item.type] = (counts[item.type] ?? 0) + 1
  }
  return counts
}
