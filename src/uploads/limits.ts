export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** Returns a message when the file is empty or too large, else null. */
export function checkSize(data: Buffer, maxBytes: number, what: string): string | null {
  if (data.length === 0) return 'The file is empty.'
  if (data.length > maxBytes) return `The file is ${megabytes(data.length)}; ${what} may be at most ${megabytes(maxBytes)}.`
  return null
}
