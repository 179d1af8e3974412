import { defineRule, type RawFinding } from '../rule'

export const videoAccessibility = defineRule({
  id: 'videoAccessibility',
  label: 'Video captions and transcript (WCAG 1.2.2/1.2.3)',
  description: 'Videos have captions and a transcript (WCAG 1.2.1, 1.2.2).',
  defaultSeverity: 'error',
  check(input) {
    // A video item with no video details is treated as having neither, so the gap is visible.
    const video = input.video ?? (input.type === 'videos' ? { hasCaptions: false, hasTranscript: false } : undefined)
    if (!video) return []
    const findings: RawFinding[] = []
    if (!video.hasCaptions)
      findings.push({ path: 'captions', message: 'Add a captions file (WebVTT) to this video so patients who are deaf or hard of hearing can follow it (WCAG 1.2.2)' })
    if (!video.hasTranscript)
      findings.push({ path: 'transcript', message: 'Add a transcript to this video for patients who cannot watch or hear it (WCAG 1.2.1)' })
    return findings
  },
})
