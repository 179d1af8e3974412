import { APIError } from 'payload'

/** A workflow action the actor may not take, or not now; the message says why and what to do instead. */
export class WorkflowRefused extends APIError {
  constructor(message: string, status: 400 | 403 | 409 = 403) {
    super(message, status, null, true)
    this.name = 'WorkflowRefused'
  }
}
