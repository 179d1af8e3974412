/**
 * `context` for server code reading programs for delivery or integrity: the `brokenSteps` count is skipped (it reads
 * the delivery store, which may be the very thing loading).
 */
export const INTERNAL_READ = 'programsInternalRead'

export const internalRead = () => ({ [INTERNAL_READ]: true })
