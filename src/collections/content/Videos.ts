import type { TextFieldSingleValidation } from 'payload'

import { VIDEO_URL_HELP, parseVideoURL } from '../../validation/videoURL'
import { contentCollection } from './contentCollection'

const validateVideoURL: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { source?: string }).source !== 'external') return true
  if (!value) return `A video link is required when the source is YouTube or Vimeo. ${VIDEO_URL_HELP}`
  return parseVideoURL(value) ? true : `"${value}" is not a YouTube or Vimeo video link. ${VIDEO_URL_HELP}`
}

export const Videos = contentCollection({
  slug: 'videos',
  bodyLabel: 'Description',
  description: 'Videos with captions and transcripts.',
  fields: [
    {
      name: 'source',
      type: 'radio',
      defaultValue: 'external',
      options: [
        { label: 'YouTube or Vimeo link', value: 'external' },
        { label: 'Uploaded video file', value: 'upload' },
      ],
    },
    {
      name: 'url',
      type: 'text',
      admin: { condition: (_, sibling) => sibling?.source === 'external', description: VIDEO_URL_HELP },
      label: 'Video link',
      validate: validateVideoURL,
    },
    {
      name: 'videoFile',
      type: 'upload',
      admin: { condition: (_, sibling) => sibling?.source === 'upload' },
      relationTo: 'video-files',
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData.source !== 'upload' || Boolean(value) || 'Upload the video file, or choose the YouTube/Vimeo source.',
    },
    {
      name: 'durationSeconds',
      type: 'number',
      admin: { description: 'Length of the video in seconds.' },
      label: 'Duration (seconds)',
      max: 6 * 60 * 60,
      min: 1,
    },
    {
      name: 'captions',
      type: 'upload',
      admin: { description: 'WebVTT captions in this language (required for publishing by the brand guidelines).' },
      localized: true,
      relationTo: 'caption-files',
    },
    { name: 'transcript', type: 'richText', localized: true },
    { name: 'thumbnail', type: 'upload', relationTo: 'media' },
  ],
  labels: { plural: 'Videos', singular: 'Video' },
})
