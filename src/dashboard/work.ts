import { ruleLabel } from '../brand'
import type { ContentType } from '../taxonomy/contentTypes'

/** The "my work" widgets of the editors' home. */
export type WorkWidget = 'waitingForMyReview' | 'sentBackToMe' | 'reviewsDue' | 'failingBrandCheck'

/** Which items in review a role approves: medical reviewers the clinical ones, brand managers the others. */
export type ReviewScope = 'all' | 'clinical' | 'nonClinical' | null

export function reviewScopeFor(roles: readonly string[]): ReviewScope {
  const medical = roles.includes('medicalReviewer')
  const brand = roles.includes('brandManager')
  if (roles.includes('admin') || (medical && brand)) return 'all'
  if (medical) return 'clinical'
  if (brand) return 'nonClinical'
  return null
}

/** Whose reviews-due list a role sees: reviewers and admins all of them, editors those of items they edited. */
export type ReviewsDueScope = 'all' | 'mine' | null

export function reviewsDueScopeFor(roles: readonly string[]): ReviewsDueScope {
  if (roles.includes('admin') || roles.includes('medicalReviewer')) return 'all'
  if (roles.includes('editor')) return 'mine'
  return null
}

/** The widgets a signed-in person sees, in the order shown: what they must act on first. */
export function workWidgetsFor(roles: readonly string[]): WorkWidget[] {
  const widgets: WorkWidget[] = []
  if (reviewScopeFor(roles)) widgets.push('waitingForMyReview')
  if (roles.includes('editor') || roles.includes('admin')) widgets.push('sentBackToMe')
  if (reviewsDueScopeFor(roles)) widgets.push('reviewsDue')
  if (roles.some((r) => r === 'editor' || r === 'brandManager' || r === 'admin')) widgets.push('failingBrandCheck')
  return widgets
}

/** One line of a work list. */
export interface WorkItem {
  type: ContentType
  id: string
  title: string
  updatedAt: string
  /** A short note: the reviewer's comment, the due date, the number of brand errors. */
  note?: null | string
  /** Sort key when not `updatedAt` (e.g. the review due date, soonest first). */
  dueAt?: null | string
}

export interface WorkList {
  widget: WorkWidget
  total: number
  items: WorkItem[]
}

/** Newest first across the per-type lists, at most `limit` (each list already holds its newest `limit`). */
export function newestFirst(lists: readonly (readonly WorkItem[])[], limit: number): WorkItem[] {
  return lists
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id))
    .slice(0, limit)
}

/** A localized title as editors read it: the language asked for, else English, else any. */
export function titleIn(title: unknown, locale: string): string {
  if (typeof title === 'string') return title
  if (title && typeof title === 'object') {
    const byLocale = title as Record<string, unknown>
    const value = byLocale[locale] ?? byLocale.en ?? Object.values(byLocale).find((v) => typeof v === 'string' && v)
    if (typeof value === 'string' && value) return value
  }
  return '(untitled)'
}

interface StoredFinding {
  rule?: string
  severity?: string
  text?: null | string
}

/**
 * Whether a finding is the "needs a medical review date" error every clinical draft carries until a
 * reviewer approves it: approving resolves it, so it is not something to fix. A lapsed review (it
 * quotes the date) still counts.
 */
export const awaitsApproval = (f: StoredFinding): boolean => f.rule === 'medicalReviewFreshness' && !f.text

/**
 * The error findings an editor must fix in a stored brand report (one language's `{ findings }`, or
 * all languages keyed by locale), with the rules they break.
 */
export function brandErrorsToFix(report: unknown): { errors: number; rules: string[] } {
  const reports: unknown[] =
    report && typeof report === 'object' && !('findings' in report) && !('passes' in report) ? Object.values(report as Record<string, unknown>) : [report]
  const findings = reports.flatMap((r) => (r && typeof r === 'object' && Array.isArray((r as { findings?: unknown }).findings) ? ((r as { findings: StoredFinding[] }).findings) : []))
  const errors = findings.filter((f) => f?.severity === 'error' && !awaitsApproval(f))
  return { errors: errors.length, rules: [...new Set(errors.map((f) => String(f.rule)))] }
}

/** The work-list note for a stored brand report in the rules' own words ("2 errors: Terminology, Required disclaimer"), or null with none to fix. */
export function brandErrorsNote(report: unknown): null | string {
  const { errors, rules } = brandErrorsToFix(report)
  return errors ? `${errors} error${errors === 1 ? '' : 's'}: ${rules.map(ruleLabel).join(', ')}` : null
}

/** What each widget is called on the home page, and what it says when empty. */
export const WIDGET_TEXT: Record<WorkWidget, { title: string; empty: string }> = {
  failingBrandCheck: { empty: 'Every item passes the brand check.', title: 'Failing the brand check' },
  reviewsDue: { empty: 'No medical reviews are due in the next 30 days.', title: 'Reviews due soon or overdue' },
  sentBackToMe: { empty: 'Nothing has been sent back to you.', title: 'Sent back to me' },
  waitingForMyReview: { empty: 'Nothing is waiting for your review.', title: 'Waiting for my review' },
}

export { TYPE_LABELS } from '../taxonomy/contentTypes'
