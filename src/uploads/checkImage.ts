import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

import { checkSize } from './limits'

export interface ImageLimits {
  /** MIME types accepted, as detected from the file's bytes (never from its name or the client's claim). */
  mimeTypes: readonly string[]
  maxBytes: number
  /** Width × height; anything larger is refused before it is decoded (decompression-bomb guard). */
  maxPixels: number
}

/** Returns a message a person can act on, or null when the image is acceptable. */
export async function checkImage(data: Buffer, limits: ImageLimits): Promise<string | null> {
  const sizeProblem = checkSize(data, limits.maxBytes, 'images')
  if (sizeProblem) return sizeProblem
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
