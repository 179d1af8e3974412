'use client'
import { useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useRef } from 'react'

/**
 * The staff title field in the edit form: shows nothing, and keeps the page heading (Payload's heading reads the
 * collection's `useAsTitle`) in step with the title as the editor types it. When the title in this language is
 * emptied, the heading goes back to the other language's title the item was opened with ("(es) …"). The server
 * recomputes the stored value on every save, so this value is never sent.
 */
export const AdminTitleSync: TextFieldClientComponent = ({ path }) => {
  const title = useFormFields(([fields]) => fields.title?.value)
  const { initialValue, setValue, value } = useField<null | string>({ disableFormData: true, path: path ?? 'adminTitle' })
  const opened = useRef<{ fallback: null | string } | null>(null)
  if (opened.current === null) {
    // Opened without a title in this language: the stored value is the other language's, keep it as the fallback.
    opened.current = { fallback: typeof title === 'string' && title.trim() ? null : (initialValue ?? null) }
  }
  useEffect(() => {
    const typed = typeof title === 'string' ? title.trim() : ''
    const next = typed || opened.current?.fallback || null
    if (next !== (value ?? null)) setValue(next, true)
  }, [setValue, title, value])
  return null
}
