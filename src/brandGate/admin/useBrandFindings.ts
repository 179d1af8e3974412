'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useDocumentInfo, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useMemo, useSyncExternalStore } from 'react'

import type { Finding } from '../../brand/settings'
import { fieldLabelLookup } from './fieldLabels'
import { observeDocumentSaves, refusalFor, subscribeRefusals, type Refusal } from './refusals'

/** The `brandCheck` field as the publish gate stores it on every save. */
export interface StoredReport {
  checkedAt?: string
  errors: number
  findings: Finding[]
  readability?: Record<string, number | string | undefined>
  score: number
  warnings: number
}

const isReport = (value: unknown): value is StoredReport =>
  typeof value === 'object' && value !== null && Array.isArray((value as StoredReport).findings)

export interface BrandFindings {
  /** The report stored by the last save in this language. */
  report?: StoredReport
  /** The last publish of this document refused by the guidelines, in this tab, until the next successful save. */
  refusal?: Refusal
  labelOf: (schemaPath: string) => string | undefined
}

/** What the banner and the panel show, from one place: the form's stored report, the last refusal and the form's labels. */
export function useBrandFindings(): BrandFindings {
  const { collectionSlug, id } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const stored = useFormFields(([fields]) => fields.brandCheck?.value)
  const apiRoute = config.routes.api

  useEffect(() => observeDocumentSaves(apiRoute), [apiRoute])
  const refusal = useSyncExternalStore(
    subscribeRefusals,
    () => refusalFor(collectionSlug, id),
    () => undefined,
  )
  const fields = collectionSlug ? getEntityConfig({ collectionSlug })?.fields : undefined
  const labelOf = useMemo(
    () =>
      fieldLabelLookup(fields ?? [], (label) =>
        typeof label === 'string' || (typeof label === 'object' && label !== null) ? getTranslation(label as never, i18n) || undefined : undefined,
      ),
    [fields, i18n],
  )

  return {
    labelOf,
    refusal: refusal && (!refusal.locale || refusal.locale === locale) ? refusal : undefined,
    report: isReport(stored) ? stored : undefined,
  }
}
