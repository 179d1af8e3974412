import { defineRule, type RawFinding } from '../rule'

const IMAGE_FILE = /^[^\s/\\]+\.(?:jpe?g|png|gif|webp|svg|avif|heic|heif|tiff?|bmp)$/i
// Camera and screenshot names: IMG_1234, DSC01234, PXL_20240101, "Screenshot 2024-01-01".
const CAMERA_NAME = /^(?:img|dsc|dscn|dcim|pxl|mvimg|screenshot|screen shot|captura)[\s_-]*\d/i
const GENERIC = new Set(['image', 'img', 'photo', 'picture', 'graphic', 'icon', 'imagen', 'foto', 'gráfico', 'hero', 'banner'])

const withoutExtension = (name: string): string => name.replace(/\.[a-z0-9]{2,5}$/i, '')

export function altProblem(alt: string | null, filename?: string): string | undefined {
  const text = alt?.trim() ?? ''
  if (text === '') return 'has no alt text; describe what it shows for patients who use screen readers'
  const lower = text.toLowerCase()
  const file = filename?.trim().toLowerCase()
  if (IMAGE_FILE.test(text) || CAMERA_NAME.test(text) || (file && (lower === file || lower === withoutExtension(file))))
    return `has alt text '${text}', which looks like a file name; describe what the image shows`
  if (GENERIC.has(lower)) return `has alt text '${text}', which is too generic; describe what the image shows`
  return undefined
}

export const imageAlt = defineRule({
  id: 'imageAlt',
  label: 'Image alt text',
  description: 'Every image has alt text that describes it: not empty, not a file name, not just "image".',
  defaultSeverity: 'error',
  check(input) {
    const findings: RawFinding[] = []
    for (const { path, alt, filename } of input.images) {
      const problem = altProblem(alt, filename)
      if (problem) findings.push({ path, ...(alt ? { text: alt } : {}), message: `The image${filename ? ` '${filename}'` : ''} ${problem}` })
    }
    return findings
  },
})
