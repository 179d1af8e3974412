'use client'
import { useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import type React from 'react'
import { useEffect } from 'react'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The staff title field in the edit form: shows nothing, and keeps the page heading (Payload's heading reads the
 * collection's `useAsTitle`) in step with the title as the editor types it. While the title in this language is
 * empty, the heading shows the other language's title the item was opened with ("(es) …"). The server recomputes
 * the stored value on every save, so this value is never sent.
 */
export const AdminTitleSync: React.FC<TextFieldClientProps & { source?: string }> = ({ path, source = 'title' }) => {
  const title = useFormFields(([fields]) => fields[source]?.value)
  const openedTitle = useFormFields(([fields]) => fields[source]?.initialValue)
  const { initialValue, setValue, value } = useField<null | string>({ disableFormData: true, path: path ?? 'adminTitle' })
  // Opened without a title in this language: the stored value is another language's, kept as the fallback.
  const fallback = text(openedTitle) ? null : text(initialValue) || null
  useEffect(() => {
    const next = text(title) || fallback
    if (next !== (value ?? null)) setValue(next, true)
  }, [fallback, setValue, title, value])
  return null
}
