import { createRequire } from 'node:module'

import { checkSize } from './limits'

// webvtt-parser is a CommonJS script that exports onto `exports`.
const { WebVTTParser } = createRequire(import.meta.url)('webvtt-parser') as {
  WebVTTParser: new () => {
    parse(input: string, mode: 'metadata'): { cues: Array<{ endTime: number; startTime: number }>; errors: Array<{ line: number; message: string }> }
  }
}

export type CaptionCheck = { ok: false; message: string } | { ok: true; cueCount: number; lastCueEndsAt: number }

/** A WebVTT captions file that parses without errors and has at least one cue. */
export function checkCaptions(data: Buffer, maxBytes: number): CaptionCheck {
  const sizeProblem = checkSize(data, maxBytes, 'captions files')
  if (sizeProblem) return { message: sizeProblem, ok: false }
  const text = data.toString('utf8')
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    return { message: 'Captions must be a UTF-8 WebVTT text file; this file is binary or in another encoding.', ok: false }
  }
  const { cues, errors } = new WebVTTParser().parse(text, 'metadata')
  if (errors.length > 0) {
    const shown = errors.slice(0, 3).map((e) => `line ${e.line}: ${e.message}`)
    return { message: `The captions file is not valid WebVTT (${shown.join('; ')}).`, ok: false }
  }
  if (cues.length === 0) return { message: 'The captions file has no captions (cues) in it.', ok: false }
  return { cueCount: cues.length, lastCueEndsAt: Math.max(...cues.map((c) => c.endTime)), ok: true }
}
