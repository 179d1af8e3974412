'use client'
import { useRouter } from 'next/navigation'
import { PrefetchKind } from 'next/dist/client/components/router-reducer/router-reducer-types'
import { useEffect } from 'react'

const WARMED = 'carepath:edit-view-warmed'

/**
 * Opens the edit form once in the background while the home page is read (a full prefetch of a create page: nothing is
 * saved or locked). The server then has the edit view's code loaded and the browser has its scripts (Lexical, the
 * fields, the brand panel) downloaded and compiled, so the first item an editor opens is usable about as fast as
 * later ones. Once per browser session, when the browser is idle.
 */
export function WarmEditView({ href }: { href: string }) {
  const router = useRouter()
  useEffect(() => {
    if (sessionStorage.getItem(WARMED)) return
    const warm = () => {
      sessionStorage.setItem(WARMED, '1')
      router.prefetch(href, { kind: PrefetchKind.FULL })
    }
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(warm, { timeout: 1500 })
      return () => window.cancelIdleCallback(handle)
    }
    const timer = setTimeout(warm, 300)
    return () => clearTimeout(timer)
  }, [href, router])
  return null
}
