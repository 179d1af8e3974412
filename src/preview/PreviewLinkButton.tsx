'use client'
import { Button, useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import React, { useState } from 'react'

type Answer = { errors?: Array<{ message: string }>; expiresAt?: string; token?: string; url?: null | string }

/** Sidebar button: a preview link to the website for this item's newest saved version, valid for an hour. */
export const PreviewLinkButton: React.FC = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const locale = useLocale()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [state, setState] = useState<{ answer?: Answer; busy: boolean; error?: string }>({ busy: false })

  if (!id) return null

  const create = async () => {
    setState({ busy: true })
    try {
      const res = await fetch(`${serverURL}${api}/preview-links`, {
        body: JSON.stringify({ id, locale: locale?.code, type: collectionSlug }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const answer = (await res.json()) as Answer
      setState(res.ok ? { answer, busy: false } : { busy: false, error: answer.errors?.[0]?.message ?? `HTTP ${res.status}` })
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) })
    }
  }

  const link = state.answer?.url ?? state.answer?.token
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={state.busy} onClick={create} size="small">
        {state.busy ? 'Creating…' : 'Create preview link'}
      </Button>
      {link && (
        <p role="status" style={{ wordBreak: 'break-all' }}>
          {state.answer?.url ? <a href={link} rel="noreferrer" target="_blank">{link}</a> : <code>{link}</code>}
          <br />
          Shows the last saved version until {new Date(state.answer!.expiresAt!).toLocaleTimeString()}.{' '}
          <button onClick={() => void navigator.clipboard?.writeText(link)} type="button">Copy</button>
        </p>
      )}
      {state.error && <p role="alert">{state.error}</p>}
    </div>
  )
}
