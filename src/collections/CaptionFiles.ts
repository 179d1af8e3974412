import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { validateUploadedFile } from '../hooks/validateUploadedFile'
import { LOCALE_NAMES, LOCALES } from '../taxonomy/locales'
import { checkCaptions } from '../uploads/checkCaptions'

export const CAPTIONS_MAX_BYTES = 2 * 1024 * 1024

/** WebVTT captions for videos (WCAG 1.2.2). Each file is parsed on upload. */
export const CaptionFiles: CollectionConfig<'caption-files'> = {
  slug: 'caption-files',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: { defaultColumns: ['filename', 'language', 'updatedAt'], useAsTitle: 'filename' },
  fields: [
    {
      name: 'language',
      type: 'select',
      defaultValue: 'en',
      options: LOCALES.map((value) => ({ label: LOCALE_NAMES[value], value })),
      required: true,
    },
  ],
  hooks: {
    beforeOperation: [
      validateUploadedFile((data) => {
        const result = checkCaptions(data, CAPTIONS_MAX_BYTES)
        return result.ok ? null : result.message
      }, { extension: 'vtt', mimetype: 'text/vtt' }),
    ],
  },
  upload: { mimeTypes: ['text/vtt', 'text/plain'], staticDir: 'data/captions' },
}
