import { fileTypeFromBuffer } from 'file-type'

/** `name` with its extension replaced by `extension` ("report.html" + "png" → "report.png"; no name → "file.png"). */
export function withExtension(name: string, extension: string): string {
  const base = name.replace(/[/\\]/g, '_').replace(/\.[^.]*$/, '').replace(/\.+$/, '') || 'file'
  return `${base}.${extension}`
}

/**
 * The uploaded file named and typed for what its bytes are, not for what the client said: an `.html` name on a PNG
 * becomes `.png` (served as an image, never as a page). `fallback` applies to formats without a signature (captions).
 */
export async function nameForContent(
  file: { data: Buffer; mimetype?: string; name: string },
  fallback?: { extension: string; mimetype: string },
): Promise<{ mimetype: string; name: string }> {
  const detected = await fileTypeFromBuffer(file.data)
  const type = detected ? { extension: detected.ext, mimetype: detected.mime } : fallback
  if (!type) return { mimetype: file.mimetype ?? 'application/octet-stream', name: file.name }
  return { mimetype: type.mimetype, name: withExtension(file.name, type.extension) }
}
