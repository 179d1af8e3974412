'use client'
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useCallback, useEffect, useState } from 'react'

import { WORKFLOW_STATES } from '../workflow/states'

type Status = {
  approvals: Array<{ adminOverride: boolean; at: string; credentials: null | string; reviewerName: null | string }>
  approvalsNeeded: number
  changesRequested: null | string
  clinical: boolean
  medicalReviewedAt: null | string
  nextReviewDue: null | string
  published: boolean
  reviewStatus: null | string
  state: string
}

/** What each state means to the person looking at the item (the labels of the workflow's own vocabulary). */
const STATE_LABELS: Record<string, string> = {
  ...Object.fromEntries(WORKFLOW_STATES.map((s) => [s.value, s.label])),
  approved: 'Approved — ready to publish',
}

const date = (iso: null | string) => (iso ? new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }) : '—')

/** Sidebar panel: where the item stands in review, who approved exactly this content, and the review acts the signed-in person may take. */
export const WorkflowPanel: React.FC = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(base, { credentials: 'include' })
    if (res.ok) setStatus(await res.json())
  }, [base, id])
  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <div style={box}><strong>Review</strong><p>Save a draft first; then submit it for review.</p></div>

  const act = async (action: string) => {
    setBusy(true)
    setError(null)
    const res = await fetch(base, {
      body: JSON.stringify({ action, comment: comment || undefined }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = await res.json().catch(() => null)
    setBusy(false)
    if (!res.ok) {
      setError(body?.errors?.[0]?.message ?? 'The action failed.')
      return
    }
    setStatus(body)
    setComment('')
    router.refresh()
  }

  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const reviewer = roles.some((r) => r === 'medicalReviewer' || r === 'brandManager' || r === 'admin')
  const writer = roles.some((r) => r === 'editor' || r === 'admin')
  return (
    <div style={box} data-testid="workflow-panel">
      <strong>Review: {status ? (STATE_LABELS[status.state] ?? status.state) : '…'}</strong>
      {status && (
        <>
          <p style={{ margin: '4px 0' }}>
            {status.clinical ? 'Clinical item' : 'Non-clinical item'}: {status.approvals.length} of {status.approvalsNeeded} approval
            {status.approvalsNeeded === 1 ? '' : 's'} on this exact content.
          </p>
          {status.approvals.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {status.approvals.map((a) => (
                <li key={a.at}>
                  {a.reviewerName}
                  {a.credentials ? `, ${a.credentials}` : ''} — {date(a.at)}
                  {a.adminOverride ? ' (admin override)' : ''}
                </li>
              ))}
            </ul>
          )}
          {status.changesRequested && status.state === 'changesRequested' && (
            <p style={{ color: 'var(--theme-error-500)' }} data-testid="changes-requested">Changes requested: {status.changesRequested}</p>
          )}
          {status.clinical && (
            <p style={{ margin: '4px 0' }}>
              Medical review: {date(status.medicalReviewedAt)}; next review due {date(status.nextReviewDue)}
              {status.reviewStatus === 'reviewOverdue' ? ' (overdue)' : status.reviewStatus === 'reviewDueSoon' ? ' (due soon)' : ''}
            </p>
          )}
          {error && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
          <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {writer && (status.state === 'draft' || status.state === 'changesRequested') && (
              <button className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => act('submit')} type="button">Submit for review</button>
            )}
            {reviewer && (status.state === 'inReview' || status.state === 'approved') && (
              <>
                {status.state === 'inReview' && (
                  <button className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => act('approve')} type="button">Approve this version</button>
                )}
                <textarea aria-label="Comment" onChange={(e) => setComment(e.target.value)} placeholder="What needs to change?" rows={3} value={comment} />
                <button className="btn btn--style-secondary btn--size-small" disabled={busy || !comment.trim()} onClick={() => act('requestChanges')} type="button">Request changes</button>
              </>
            )}
            {reviewer && status.clinical && status.published && (
              <button className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => act('confirmReview')} type="button">Confirm still accurate</button>
            )}
          </div>
        </>
      )}
    </div>
  )
}

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, marginBottom: 'var(--base)', padding: 'calc(var(--base) / 2)' }
