/**
 * Carepath's mark, drawn for the admin: a teal tile with a path between two points (the patient's journey). One
 * source for the nav icon, the login logo and the favicon (a data: URL, so the admin loads nothing from elsewhere).
 */
export const MARK_COLOR = '#0f766e'

export const MARK_VIEWBOX = '0 0 32 32'

/** The mark's shapes as SVG markup (inside an `<svg viewBox={MARK_VIEWBOX}>`). */
export const MARK_SHAPES = [
  `<rect width="32" height="32" rx="8" fill="${MARK_COLOR}"/>`,
  '<path d="M9.5 22.5C9.5 14.5 22.5 17.5 22.5 9.5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/>',
  '<circle cx="22.5" cy="9.5" r="3.2" fill="#fff"/>',
  '<circle cx="9.5" cy="22.5" r="2.2" fill="#fff"/>',
].join('')

export const markSvg = (size = 32) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${MARK_VIEWBOX}">${MARK_SHAPES}</svg>`

/** The favicon: the mark as an inline SVG document. */
export const FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(markSvg())}`
