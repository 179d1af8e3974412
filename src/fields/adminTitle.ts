import type { FieldHook, TextField } from 'payload'

import { staffFieldLevel } from '../access/staffFieldLevel'
import { localeOrder } from '../localApi/adminTitles'
import { adminTitles, type TitlesByLocale } from '../utilities/adminTitle'

const titlesOf = (value: unknown): TitlesByLocale => (value && typeof value === 'object' ? (value as TitlesByLocale) : {})

/**
 * Fills every language's staff title from every language's title on each save, whatever language is being saved.
 * Payload writes a localized field's other languages from the stored document (`siblingDocWithLocales`) after the
 * field hooks, so they are set there; the return value is the language being saved.
 */
const fillAdminTitles = (source: string): FieldHook => ({ req, siblingData, siblingDocWithLocales }) => {
  const locales = localeOrder(req.payload)
  const titles: TitlesByLocale = { ...titlesOf(siblingDocWithLocales?.[source]) }
  const incoming: unknown = siblingData[source]
  if (typeof incoming === 'string' || incoming === null) titles[req.locale ?? locales[0]!] = incoming
  else if (incoming && typeof incoming === 'object') Object.assign(titles, incoming) // a save in locale 'all'
  const computed = adminTitles(titles, locales)
  if (siblingDocWithLocales) siblingDocWithLocales.adminTitle = { ...titlesOf(siblingDocWithLocales.adminTitle), ...computed }
  return locales.includes(req.locale ?? '') ? computed[req.locale!] : computed
}

/**
 * What lists, relationship pickers and the edit heading show (the collection's `useAsTitle`): the title (or `source`,
 * e.g. a program's name) in the language
 * being viewed, or another language's title marked "(es) …". Kept by the save hook, never typed; staff-only, so API
 * clients and visitors never see it.
 */
export const adminTitleField = (source = 'title'): TextField => ({
  name: 'adminTitle',
  type: 'text',
  access: { read: staffFieldLevel },
  admin: {
    // Renders nothing: keeps the heading in step with the title as it is typed (src/fields/AdminTitleSync.tsx).
    components: { Field: { clientProps: { source }, path: '/src/fields/AdminTitleSync#AdminTitleSync' } },
    disableBulkEdit: true,
    disableListFilter: true,
    readOnly: true,
  },
  hooks: { beforeChange: [fillAdminTitles(source)] },
  index: true, // lists sort by it
  label: 'Title',
  localized: true,
})
