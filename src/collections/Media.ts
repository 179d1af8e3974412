import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { validateUploadedFile } from '../hooks/validateUploadedFile'
import { checkImage, type ImageLimits } from '../uploads/checkImage'

export const IMAGE_LIMITS: ImageLimits = {
  maxBytes: 15 * 1024 * 1024,
  maxPixels: 50_000_000,
  mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
}

/** Images used in content. Alt text is required: every image reaches patients, some through screen readers. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: editors,
    delete: editors,
    read: anyone,
    update: editors,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'],
    useAsTitle: 'filename',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: {
        description:
          'Describe what the image shows for someone who cannot see it (e.g. "Nurse checking a patient\'s blood pressure"). Not the file name.',
      },
      localized: true,
      required: true,
    },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text', admin: { description: 'Photographer or licence, if the image is not ours.' } },
  ],
  hooks: {
    beforeOperation: [validateUploadedFile((data) => checkImage(data, IMAGE_LIMITS))],
  },
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'hero', width: 1920, height: 1080, position: 'centre', withoutEnlargement: true },
      // Social cards (Open Graph, X): the size those sites crop to.
      { name: 'og', width: 1200, height: 630, position: 'centre' },
      { name: 'webp', width: 1280, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    mimeTypes: [...IMAGE_LIMITS.mimeTypes],
    staticDir: 'data/media',
  },
}
