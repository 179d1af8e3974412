import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { SnippetReference } from '../blocks/SnippetReference'

/** The rich-text editor for patient-facing bodies: Payload's defaults plus snippet references. */
export const contentEditor = () =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [SnippetReference] })],
  })
