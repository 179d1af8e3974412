'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

type Result = { delivered: boolean; error: null | string; statusCode: null | number }

/** Sidebar button on a saved webhook: sends a signed `webhook.test` message and shows the answer. */
export const SendTestEventButton: React.FC = () => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })

  if (!id) return <p>Save the webhook to send a test event.</p>

  const send = async () => {
    setState({ busy: true })
    try {
      const res = await fetch(`${serverURL}${api}/webhooks/${id}/test`, { credentials: 'include', method: 'POST' })
      const result = (await res.json()) as Result
      const message = !res.ok
        ? `Could not send (HTTP ${res.status}).`
        : result.delivered
          ? `Delivered: the receiver answered ${result.statusCode}.`
          : `Not delivered: ${result.error ?? 'unknown error'}.`
      setState({ busy: false, message })
    } catch (error) {
      setState({ busy: false, message: `Could not send: ${error instanceof Error ? error.message : String(error)}` })
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={state.busy} onClick={send} size="small">
        {state.busy ? 'Sending…' : 'Send test event'}
      </Button>
      {state.message && <p role="status">{state.message}</p>}
    </div>
  )
}
