/** A program or track slug nobody published; the message names what is unknown. Answered as 404. */
export class ProgramNotFound extends Error {
  readonly status = 404
  constructor(message: string) {
    super(message)
    this.name = 'ProgramNotFound'
  }
}
