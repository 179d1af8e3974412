'use client'
import type { FindingPlace } from '../../brand/findingPlace'

export const HIGHLIGHT_CLASS = 'carepath-finding-highlight'
const HIGHLIGHT_MS = 4000
// Payload's collapsibles animate open; scrolling before they have grown lands short of the field.
const OPEN_ANIMATION_MS = 350

const fieldId = (fieldPath: string) => `field-${fieldPath.replace(/\./g, '__')}`

/** The element Payload renders for a form field: inputs carry `field-<path>` ids, rich text `data-field-path`. */
function fieldElement(fieldPath: string): HTMLElement | null {
  const byId = document.getElementById(fieldId(fieldPath))
  const element = byId ?? document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(fieldPath)}"]`)
  return element?.closest<HTMLElement>('.field-type') ?? element
}

/** Opens every collapsed collapsible (and array row) around the element; true when one had to be opened. */
function openAround(element: HTMLElement): boolean {
  let opened = false
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (!node.classList.contains('collapsible--collapsed')) continue
    node.querySelector<HTMLButtonElement>(':scope > .collapsible__toggle-wrap > .collapsible__toggle, .collapsible__toggle')?.click()
    opened = true
  }
  return opened
}

/** The nearest field that exists: `variants.0.body` falls back to `variants` when the row is not rendered. */
function nearestField(fieldPath: string): HTMLElement | null {
  const segments = fieldPath.split('.')
  for (let n = segments.length; n > 0; n -= 1) {
    const element = fieldElement(segments.slice(0, n).join('.'))
    if (element) return element
  }
  return null
}

/**
 * Scrolls to the field a finding is about and highlights it for a few seconds; for rich text, the paragraph (the
 * editor's n-th top-level block). Returns false when the field is not on this page (e.g. hidden by a condition).
 */
export function revealFinding(place: FindingPlace): boolean {
  const field = nearestField(place.fieldPath)
  if (!field) return false
  const opened = openAround(field)
  const show = () => {
    let target: HTMLElement = field
    if (place.block !== undefined) {
      const editor = field.querySelector<HTMLElement>('[data-lexical-editor="true"]')
      const block = editor?.children.item(place.block)
      if (block instanceof HTMLElement) target = block
    }
    target.scrollIntoView({ behavior: 'smooth', block: 'center' })
    target.classList.remove(HIGHLIGHT_CLASS)
    // Restart the animation when the same finding is clicked twice.
    void target.offsetWidth
    target.classList.add(HIGHLIGHT_CLASS)
    window.setTimeout(() => target.classList.remove(HIGHLIGHT_CLASS), HIGHLIGHT_MS)
    const focusable = target.matches('input, textarea, select, [contenteditable="true"]')
      ? target
      : target.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select')
    focusable?.focus({ preventScroll: true })
  }
  if (opened) window.setTimeout(show, OPEN_ANIMATION_MS)
  else show()
  return true
}
