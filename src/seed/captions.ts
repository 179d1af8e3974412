/** A WebVTT captions file for a demo video: its transcript paragraphs spread evenly over its duration. */
export function transcriptToWebVTT(paragraphs: readonly string[], durationSeconds: number): string {
  const stamp = (seconds: number) => {
    const ms = Math.round(seconds * 1000)
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
  }
  const slot = durationSeconds / Math.max(1, paragraphs.length)
  const cues = paragraphs.map((text, i) => `${i + 1}\n${stamp(i * slot)} --> ${stamp((i + 1) * slot)}\n${text}`)
  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}
