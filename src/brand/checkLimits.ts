/**
 * Size limits for content sent to be checked (the `checkContent` query and `POST /api/brand/check`): the engine takes
 * about 0.2 s per 100,000 characters, so a caller must not hand it megabytes. Stored content is checked without them.
 */
import { z } from 'zod'

import { brandCheckInputSchema } from './content'

export const MAX_CHECK_TEXT_CHARACTERS = 50_000
export const MAX_CHECK_TOTAL_CHARACTERS = 100_000

const count = (n: number) => n.toLocaleString('en-US')

/** `brandCheckInputSchema` with the size limits: each text ≤ 50,000 characters, all texts and link texts ≤ 100,000. */
export const brandCheckRequestSchema = brandCheckInputSchema.superRefine((input, ctx) => {
  let total = 0
  const entries = [
    ...input.texts.map((t, i) => ({ path: ['texts', i, 'text'], text: t.text })),
    ...input.links.map((l, i) => ({ path: ['links', i, 'text'], text: l.text })),
  ]
  for (const { path, text } of entries) {
    total += text.length
    if (text.length > MAX_CHECK_TEXT_CHARACTERS) {
      ctx.addIssue({
        code: 'custom',
        message: `is ${count(text.length)} characters long; a text may have at most ${count(MAX_CHECK_TEXT_CHARACTERS)} (split it, or check it in parts)`,
        path,
      })
    }
  }
  if (total > MAX_CHECK_TOTAL_CHARACTERS) {
    ctx.addIssue({
      code: 'custom',
      message: `the texts add up to ${count(total)} characters; one check takes at most ${count(MAX_CHECK_TOTAL_CHARACTERS)} in all (check the item in parts)`,
      path: [],
    })
  }
})

export type BrandCheckRequest = z.infer<typeof brandCheckRequestSchema>
