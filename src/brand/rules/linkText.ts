import { defineRule, type RawFinding } from '../rule'

// Surrounding punctuation and quotes do not change what a link says ("Read more…" is "read more").
const normalize = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')

const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i
const cache = new WeakMap<readonly string[], Set<string>>()

export const linkText = defineRule({
  id: 'linkText',
  label: 'Link text (WCAG 2.4.4)',
  description: 'Link text says where the link goes on its own (WCAG 2.4.4): no "click here", "read more" or bare web addresses.',
  defaultSeverity: 'warning',
  check(input, settings) {
    const list = settings.structure.bannedLinkTexts
    let banned = cache.get(list)
    if (!banned) cache.set(list, (banned = new Set(list.map(normalize))))
    const findings: RawFinding[] = []
    for (const { path, text, url } of input.links) {
      const said = normalize(text)
      const to = url ? ` to ${url}` : ''
      if (said === '') {
        findings.push({ path, text, message: `The link${to} has no text; add words that say where it goes (WCAG 2.4.4)` })
      } else if (banned.has(said)) {
        findings.push({
          path,
          text,
          message: `Link text '${text.trim()}' does not say where it goes; describe the destination instead, e.g. 'Read the diabetes meal guide' (WCAG 2.4.4)`,
        })
      } else if (BARE_URL.test(text.trim())) {
        findings.push({
          path,
          text,
          message: `Link text '${text.trim()}' is a web address; screen readers spell it out, so describe the destination instead (WCAG 2.4.4)`,
        })
      }
    }
    return findings
  },
})
