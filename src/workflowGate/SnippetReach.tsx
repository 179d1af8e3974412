'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { isContentType, TYPE_LABELS } from '../taxonomy/contentTypes'


/** Sidebar note on a snippet: how many published items a published change reaches, and who publishes it. */
export const SnippetReach: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const clinical = useFormFields(([fields]) => fields.clinical?.value) !== false
  const [reach, setReach] = useState<Record<string, number> | null>(null)

  useEffect(() => {
    if (!id) return
    let cancelled = false
    fetch(`${config.serverURL}${config.routes.api}/snippets/${id}/reach`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: Record<string, number> | null) => !cancelled && setReach(body))
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [config.routes.api, config.serverURL, id])

  const reviewer = clinical ? 'A medical reviewer' : 'A medical reviewer or brand manager'
  if (!id) return <p className="cp-snippet-reach">Not used anywhere yet.</p>
  if (!reach) return null
  const total = Object.values(reach).reduce((a, b) => a + b, 0)
  const parts = Object.entries(reach)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${isContentType(type) ? TYPE_LABELS[type][n === 1 ? 'singular' : 'plural'].toLowerCase() : type}`)
  return (
    <div className="cp-snippet-reach" data-testid="snippet-reach" style={{ marginBottom: 'var(--base)' }}>
      <strong>
        Publishing a change updates {total} published item{total === 1 ? '' : 's'}
      </strong>
      {parts.length > 0 && <div>{parts.join(', ')}</div>}
      <div style={{ color: 'var(--theme-elevation-600)', marginTop: 4 }}>{reviewer} reviews and publishes changes; editors save drafts.</div>
    </div>
  )
}
