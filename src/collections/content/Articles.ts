import { computeReadingStats } from '../../hooks/computeReadingStats'
import { contentCollection } from './contentCollection'

export const Articles = contentCollection({
  slug: 'articles',
  description: 'Web articles for patients and families.',
  fields: [
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        { name: 'wordCount', type: 'number', admin: { description: 'Counted on save.', readOnly: true }, localized: true },
        {
          name: 'readingTimeMinutes',
          type: 'number',
          admin: { description: 'At 200 words a minute, counted on save.', readOnly: true },
          label: 'Reading time (minutes)',
          localized: true,
        },
      ],
    },
  ],
  hooks: { beforeChange: [computeReadingStats] },
  labels: { plural: 'Articles', singular: 'Article' },
})
