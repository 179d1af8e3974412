import { fileTypeFromBuffer } from 'file-type'
import { getDocumentProxy } from 'unpdf'

import { checkSize } from './limits'

export type PdfCheck = { ok: false; message: string } | { ok: true; pageCount: number }

/**
 * drizzle-kit (loaded by Payload for development schema pushes) adds an enumerable
 * `Array.prototype.random`, which pdf.js refuses to run with. Making it non-enumerable is harmless.
 */
function hideEnumerableArrayPatches() {
  for (const key in []) {
    const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, key)
    if (descriptor?.configurable) Object.defineProperty(Array.prototype, key, { ...descriptor, enumerable: false })
  }
}

/** A real, readable PDF (checked on its bytes, opened with pdf.js) and its page count. */
export async function checkPdf(data: Buffer, maxBytes: number): Promise<PdfCheck> {
  const sizeProblem = checkSize(data, maxBytes, 'PDFs')
  if (sizeProblem) return { message: sizeProblem, ok: false }
  const detected = await fileTypeFromBuffer(data)
  if (detected?.mime !== 'application/pdf') {
    const what = detected ? `a ${detected.mime} file` : 'not a PDF'
    return { message: `The file's contents are ${what}, whatever its name says. Printable pamphlets must be PDF files.`, ok: false }
  }
  hideEnumerableArrayPatches()
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data))
    const pageCount = pdf.numPages
    await pdf.destroy()
    if (pageCount < 1) return { message: 'The PDF has no pages.', ok: false }
    return { ok: true, pageCount }
  } catch (error) {
    const reason = (error as Error).name === 'PasswordException' ? 'it is password-protected' : 'it is damaged or incomplete'
    return { message: `The PDF cannot be opened: ${reason}.`, ok: false }
  }
}
