import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'
import { ValidationError } from 'payload'
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

export interface ImageUploadLimits {
  /** MIME types accepted, as detected from the file's bytes (never from its name or the client's claim). */
  mimeTypes: readonly string[]
  maxBytes: number
  /** Width × height; anything larger is refused before it is decoded (decompression-bomb guard). */
  maxPixels: number
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** Returns a message a person can act on, or null when the image is acceptable. */
export async function checkImageFile(data: Buffer, limits: ImageUploadLimits): Promise<string | null> {
  if (data.length === 0) return 'The file is empty.'
  if (data.length > limits.maxBytes) {
    return `The file is ${megabytes(data.length)}; images may be at most ${megabytes(limits.maxBytes)}.`
  }
  const detected = await fileTypeFromBuffer(data)
  if (!detected || !limits.mimeTypes.includes(detected.mime)) {
    const what = detected ? `a ${detected.mime} file` : 'not an image file Carepath can read'
    return `The file's contents are ${what}, whatever its name says. Accepted images: ${limits.mimeTypes.join(', ')}.`
  }
  try {
    // Reads only the header: the pixel count is known without decoding the image.
    const { height = 0, width = 0 } = await sharp(data, { limitInputPixels: false }).metadata()
    if (width * height > limits.maxPixels) {
      return `The image is ${width}×${height} pixels (${Math.round((width * height) / 1e6)} megapixels); the limit is ${Math.round(limits.maxPixels / 1e6)} megapixels. Resize it before uploading.`
    }
  } catch {
    return 'The image file is damaged or incomplete and cannot be read.'
  }
  return null
}

/** Rejects a bad upload with a 400 before Payload stores or resizes anything. */
export const validateImageUpload =
  <TSlug extends CollectionSlug>(limits: ImageUploadLimits): CollectionBeforeOperationHook<TSlug> =>
  async ({ args, collection, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update' && operation !== 'updateByID') || !req.file?.data) {
      return args
    }
    const problem = await checkImageFile(req.file.data, limits)
    if (problem) {
      throw new ValidationError({ collection: collection.slug, errors: [{ message: problem, path: 'file' }] })
    }
    return args
  }
