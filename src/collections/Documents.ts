import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { checkPdf } from '../uploads/checkPdf'
import { nameForContent } from '../uploads/fileName'

export const PDF_MAX_BYTES = 25 * 1024 * 1024

/** Checks the bytes are a readable PDF and remembers its page count for `recordPageCount`. */
const validatePdf: CollectionBeforeOperationHook<'documents'> = async ({ args, operation, req }) => {
  const writing = operation === 'create' || operation === 'update' || operation === 'updateByID'
  if (!writing || !req.file?.data) return args
  const result = await checkPdf(req.file.data, PDF_MAX_BYTES)
  if (!result.ok) throw new ValidationError({ collection: 'documents', errors: [{ message: result.message, path: 'file' }] })
  req.context.pdfPageCount = result.pageCount
  Object.assign(req.file, await nameForContent(req.file)) // a PDF is stored as .pdf, whatever it was called
  return args
}

const recordPageCount: CollectionBeforeChangeHook = ({ data, req }) => {
  if (typeof req.context.pdfPageCount === 'number') data.pageCount = req.context.pdfPageCount
  return data
}

/** Printable PDFs (pamphlets). Only real PDFs are accepted; the page count is read from the file. */
export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['filename', 'title', 'pageCount', 'updatedAt'],
    description: 'Printable PDF files. Attach them to pamphlets.',
    useAsTitle: 'filename',
  },
  fields: [
    { name: 'title', type: 'text', localized: true },
    {
      name: 'pageCount',
      type: 'number',
      admin: { description: 'Read from the PDF when it is uploaded.', readOnly: true },
    },
  ],
  hooks: { beforeChange: [recordPageCount], beforeOperation: [validatePdf] },
  upload: { mimeTypes: ['application/pdf'], staticDir: 'data/documents' },
}
