import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'
import { ValidationError } from 'payload'

import { nameForContent } from '../uploads/fileName'

/**
 * Runs `check` on the uploaded bytes and rejects the request with a 400 and the check's message
 * before Payload stores, resizes or replaces anything; then names and types the file for its detected
 * content (`fallback` for formats without a signature, e.g. WebVTT captions).
 */
export const validateUploadedFile =
  <TSlug extends CollectionSlug>(
    check: (data: Buffer) => Promise<string | null> | string | null,
    fallback?: { extension: string; mimetype: string },
  ): CollectionBeforeOperationHook<TSlug> =>
  async ({ args, collection, operation, req }) => {
    const writing = operation === 'create' || operation === 'update' || operation === 'updateByID'
    if (!writing || !req.file?.data) return args
    const problem = await check(req.file.data)
    if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ message: problem, path: 'file' }] })
    Object.assign(req.file, await nameForContent(req.file, fallback))
    return args
  }
