import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { validateUploadedFile } from '../hooks/validateUploadedFile'
import { checkVideo, VIDEO_MIME_TYPES } from '../uploads/checkVideo'

export const VIDEO_MAX_BYTES = 200 * 1024 * 1024

/** Self-hosted video files (most videos link to YouTube or Vimeo instead). */
export const VideoFiles: CollectionConfig<'video-files'> = {
  slug: 'video-files',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: { defaultColumns: ['filename', 'mimeType', 'filesize'], useAsTitle: 'filename' },
  fields: [],
  hooks: { beforeOperation: [validateUploadedFile((data) => checkVideo(data, VIDEO_MAX_BYTES))] },
  upload: { mimeTypes: [...VIDEO_MIME_TYPES], staticDir: 'data/videos' },
}
