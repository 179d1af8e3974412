import { fileTypeFromBuffer } from 'file-type'

import { checkSize } from './limits'

export const VIDEO_MIME_TYPES = ['video/mp4', 'video/webm', 'video/quicktime'] as const

export async function checkVideo(data: Buffer, maxBytes: number): Promise<string | null> {
  const sizeProblem = checkSize(data, maxBytes, 'videos')
  if (sizeProblem) return sizeProblem
  const detected = await fileTypeFromBuffer(data)
  if (!detected || !(VIDEO_MIME_TYPES as readonly string[]).includes(detected.mime)) {
    const what = detected ? `a ${detected.mime} file` : 'not a video file Carepath can read'
    return `The file's contents are ${what}, whatever its name says. Accepted videos: MP4, WebM, QuickTime.`
  }
  return null
}
