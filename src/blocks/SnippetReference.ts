import type { Block } from 'payload'

/**
 * A reusable snippet placed in rich text by reference: documents store only the snippet's id, so
 * editing the snippet changes every document that uses it on its next read.
 */
export const SnippetReference: Block = {
  slug: 'snippet',
  fields: [
    {
      name: 'snippet',
      type: 'relationship',
      admin: { description: 'Shared text, e.g. "When to call 911". Edit it once under Snippets.' },
      relationTo: 'snippets',
      required: true,
    },
  ],
  interfaceName: 'SnippetReferenceBlock',
  labels: { plural: 'Snippets', singular: 'Snippet' },
}
