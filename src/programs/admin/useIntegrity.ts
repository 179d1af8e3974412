'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { IntegrityReport } from '../timeline'

export type IntegrityState = { report: IntegrityReport | null; state: 'loading' | 'ready' | 'unavailable' }

/**
 * The program's step statuses from the delivery engineer's staff endpoint (`GET /api/programs/{id}/integrity`), fetched
 * again after each save (`refreshKey`). Where the endpoint does not exist (404) or fails, statuses are unknown.
 */
export function useIntegrity(id: number | string | undefined, locale: string, refreshKey: unknown = null): IntegrityState {
  const { config } = useConfig()
  const [result, setResult] = useState<IntegrityState>({ report: null, state: 'loading' })
  useEffect(() => {
    if (id === undefined || id === null) {
      setResult({ report: null, state: 'unavailable' })
      return
    }
    const controller = new AbortController()
    const url = `${config.serverURL}${config.routes.api}/programs/${encodeURIComponent(String(id))}/integrity?locale=${encodeURIComponent(locale)}&draft=true`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        const body = res.ok ? ((await res.json()) as IntegrityReport) : null
        setResult(body && Array.isArray(body.steps) ? { report: body, state: 'ready' } : { report: null, state: 'unavailable' })
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ report: null, state: 'unavailable' })
      })
    return () => controller.abort()
  }, [config.routes.api, config.serverURL, id, locale, refreshKey])
  return result
}
