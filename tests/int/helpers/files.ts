/** Small real files for upload tests, built in memory. */

/** A valid PDF with `pages` blank pages (correct xref offsets, so pdf.js opens it without repair). */
export function makePdf(pages: number): Buffer {
  const objects: string[] = []
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(' ')
  objects.push('<< /Type /Catalog /Pages 2 0 R >>')
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`)
  for (let i = 0; i < pages; i += 1) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>')

  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefAt = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const validVtt = () =>
  Buffer.from(
    'WEBVTT\n\n00:00:00.000 --> 00:00:03.500\nWelcome to our class on gestational diabetes.\n\n00:00:03.500 --> 00:00:07.000\nToday we talk about checking your blood sugar.\n',
  )

export const uploadForm = (bytes: Buffer, filename: string, type: string, data: Record<string, unknown> = {}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}
