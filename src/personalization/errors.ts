/** A query argument a client got wrong; the message says what to send instead and is safe to return to the client. */
export class DeliveryInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DeliveryInputError'
  }
}
