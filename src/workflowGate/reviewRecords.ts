import type { CollectionSlug, PayloadRequest } from 'payload'

import { keepingRequestLocale } from '../localApi/keepingRequestLocale'
import { DEFAULT_MAX_REVIEW_AGE_MONTHS } from '../clinical/reviewDue'
import type { ReviewedType } from '../workflow'
import {
  DEFAULT_REQUIRED_CLINICAL_APPROVALS,
  approvalStatus,
  contentHash,
  reviewedContent,
  snippetIdsIn,
  type ApprovalRecord,
  type ApprovalStatus,
} from '../workflow'

type Doc = Record<string, unknown>

type ReviewSettings = { requiredClinicalApprovals: number; maxAgeMonths: number }

/** The review settings from the brand guidelines, read once per request (an act reads them in its save and its answer too). */
export async function reviewSettings(req: PayloadRequest): Promise<ReviewSettings> {
  const cached = req.context.reviewSettings as ReviewSettings | undefined
  if (cached) return cached
  const guidelines = (await keepingRequestLocale(req, () =>
    req.payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'brandGuidelines' }),
  )) as { medicalReview?: { maxAgeMonths?: null | number; requiredApprovals?: null | number } }
  const settings = {
    maxAgeMonths: guidelines.medicalReview?.maxAgeMonths ?? DEFAULT_MAX_REVIEW_AGE_MONTHS,
    requiredClinicalApprovals: guidelines.medicalReview?.requiredApprovals ?? DEFAULT_REQUIRED_CLINICAL_APPROVALS,
  }
  req.context.reviewSettings = settings
  return settings
}

/** The latest version of an item (draft or published) in every language, as reviewers see it. */
export async function latestInAllLocales(req: PayloadRequest, type: ReviewedType, id: number | string): Promise<Doc | null> {
  return (await keepingRequestLocale(req, () =>
    req.payload.findByID({ collection: type as CollectionSlug, depth: 0, disableErrors: true, draft: true, id, locale: 'all', overrideAccess: true, req }),
  )) as Doc | null
}

/** The text of each snippet (all languages) that the item's reviewed fields include. */
async function snippetTexts(req: PayloadRequest, type: ReviewedType, doc: Doc): Promise<Map<string, unknown>> {
  const ids = snippetIdsIn(type, doc)
  if (!ids.length) return new Map()
  const { docs } = await keepingRequestLocale(req, () =>
    req.payload.find({ collection: 'snippets', depth: 0, limit: ids.length, locale: 'all', overrideAccess: true, pagination: false, req, where: { id: { in: ids } } }),
  )
  return new Map(docs.map((d) => [String(d.id), d.body as unknown]))
}

/** The hash an approval of `doc` (read in all languages) records. */
export async function hashOf(req: PayloadRequest, type: ReviewedType, doc: Doc): Promise<string> {
  return contentHash(reviewedContent(type, doc, await snippetTexts(req, type, doc)))
}

export interface ReviewRecord {
  id: number | string
  act: 'approve' | 'confirmReview' | 'requestChanges'
  at: string
  contentHash: string
  reviewer?: number | string | { id: number | string } | null
  reviewerName?: null | string
  credentials?: null | string
  clinicalSignOff?: boolean | null
}

/** Every review act on record for an item, oldest first. */
export async function reviewRecords(req: PayloadRequest, type: ReviewedType, id: number | string): Promise<ReviewRecord[]> {
  const { docs } = await req.payload.find({
    collection: 'content-reviews',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'at',
    where: { and: [{ itemType: { equals: type } }, { itemId: { equals: String(id) } }] },
  })
  return docs as unknown as ReviewRecord[]
}

export const reviewerIdOf = (r: ReviewRecord): string => String(typeof r.reviewer === 'object' && r.reviewer ? r.reviewer.id : (r.reviewer ?? 'system'))

/** Whether the approvals on record cover `hash` as the guidelines require. */
export function approvalsFor(records: ReviewRecord[], hash: string, clinical: boolean, requiredClinicalApprovals: number): ApprovalStatus {
  const lastRequest = records.filter((r) => r.act === 'requestChanges').at(-1)
  const approvals: ApprovalRecord[] = records
    .filter((r) => r.act === 'approve')
    .map((r) => ({ at: r.at, clinicalSignOff: Boolean(r.clinicalSignOff), contentHash: r.contentHash, reviewerId: reviewerIdOf(r) }))
  return approvalStatus(approvals, hash, { clinical, notBefore: lastRequest?.at ?? null, requiredClinicalApprovals })
}

/**
 * The medical review that covers `hash`: the time the last required clinical approval (or a later
 * "still accurate" confirmation) was given, and who gave it. Null when no current sign-off exists.
 */
export function medicalReviewOf(records: ReviewRecord[], hash: string, status: ApprovalStatus): { at: string; by: string } | null {
  if (!status.satisfied) return null
  const signOffs = status.covering
  const approvedAt = signOffs.at(-1)?.at
  if (!approvedAt) return null
  const names = records
    .filter((r) => r.act === 'approve' && r.contentHash === hash && signOffs.some((s) => s.reviewerId === reviewerIdOf(r) && s.at === r.at))
    .map((r) => [r.reviewerName, r.credentials].filter(Boolean).join(', '))
  const confirmation = records.filter((r) => r.act === 'confirmReview' && r.contentHash === hash && r.at > approvedAt).at(-1)
  if (confirmation) return { at: confirmation.at, by: [confirmation.reviewerName, confirmation.credentials].filter(Boolean).join(', ') }
  return { at: approvedAt, by: names.join('; ') }
}
