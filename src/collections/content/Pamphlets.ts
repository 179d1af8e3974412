import { contentCollection } from './contentCollection'

export const Pamphlets = contentCollection({
  slug: 'pamphlets',
  bodyLabel: 'Digital pamphlet',
  description: 'Printable handouts: the digital text plus the PDF that clinics print.',
  fields: [
    {
      name: 'pdf',
      type: 'upload',
      admin: { description: 'The printable PDF (real PDFs only; the page count is read from the file).' },
      label: 'Printable PDF',
      localized: true,
      relationTo: 'documents',
    },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
  ],
  labels: { plural: 'Pamphlets', singular: 'Pamphlet' },
})
