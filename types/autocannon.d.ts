// autocannon ships no types; the bench uses a small part of its API.
declare module 'autocannon' {
  interface Result {
    errors: number
    non2xx: number
    requests: { average: number }
  }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this
  }
  function autocannon(options: Record<string, unknown>): Instance
  export default autocannon
}
