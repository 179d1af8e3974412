import type { Field } from 'payload'

import { BRAND_STATUSES } from '../brand'
import { staffFieldLevel } from '../access/staffFieldLevel'
import { storeOtherLanguages } from './checkBrandGuidelines'

/** The findings list at the top of the edit form: the last refused publish and the last save's report, each finding a link to its field. */
export const brandFindingsBanner = (): Field => ({
  name: 'brandFindings',
  type: 'ui',
  admin: { components: { Field: '/src/brandGate/BrandFindingsBanner#BrandFindingsBanner' }, disableListColumn: true },
})

/** Sidebar panel (score, grades, the same findings list); first in the sidebar so it shows without scrolling. */
export const brandCheckPanel = (): Field => ({
  name: 'brandCheckPanel',
  type: 'ui',
  admin: { components: { Field: '/src/brandGate/BrandCheckPanel#BrandCheckPanel' }, disableListColumn: true, position: 'sidebar' },
})

/**
 * What the publish gate stores on every save, for every language the item is written in: the full report and its
 * one-word summary. Both are recomputed on every save, so a client-sent value never survives; findings are editorial
 * notes, not for API clients.
 */
export const brandCheckFields = (): Field[] => [
  {
    name: 'brandStatus',
    type: 'select',
    access: { read: staffFieldLevel },
    admin: {
      components: { Cell: '/src/brandGate/BrandStatusCell#BrandStatusCell' },
      description: 'Summary of the last save’s brand check in this language (errors block publishing).',
      hidden: true,
      readOnly: true,
    },
    hooks: { beforeChange: [storeOtherLanguages('brandStatus')] },
    index: true,
    label: 'Brand check',
    // Per language, like the report it sums up: the Spanish text can fail while the English passes.
    localized: true,
    options: BRAND_STATUSES.map(({ label, value }) => ({ label, value })),
  },
  {
    name: 'brandCheck',
    type: 'json',
    access: { read: staffFieldLevel },
    // The raw report is for the panel and the banner; lists and filters use brandStatus.
    admin: { description: 'Brand report of the last save in this language.', disableListColumn: true, disableListFilter: true, hidden: true, readOnly: true },
    hooks: { beforeChange: [storeOtherLanguages('brandCheck')] },
    label: 'Brand report',
    localized: true,
  },
]
