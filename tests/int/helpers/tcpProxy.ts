import net from 'node:net'

/**
 * A TCP hop between Carepath and its database that a test can cut: `cut()` refuses new connections and drops the
 * open ones, as a stopped database server does; `restore()` accepts connections again on the same port. Tests get a
 * real outage without stopping a database server other tests share.
 */
export class TcpProxy {
  private server: net.Server | null = null
  private readonly sockets = new Set<net.Socket>()
  port = 0

  constructor(private readonly target: { host: string; port: number }) {}

  /** Starts listening (on a free port the first time, on the same port after a cut). */
  async restore(): Promise<number> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host)
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.sockets.add(from)
        from.pipe(to)
        from.on('error', () => to.destroy())
        from.on('close', () => {
          this.sockets.delete(from)
          to.destroy()
        })
      }
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.server = server
    this.port = (server.address() as net.AddressInfo).port
    return this.port
  }

  /** Refuses new connections and drops the open ones (with a TCP reset when `reset`). */
  async cut({ reset = false }: { reset?: boolean } = {}): Promise<void> {
    const server = this.server
    this.server = null
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve()
    for (const socket of this.sockets) (reset ? socket.resetAndDestroy() : socket.destroy())
    await closed
  }

  /** Rewrites a database URI to go through this proxy. */
  uri(databaseURI: string): string {
    const url = new URL(databaseURI)
    url.hostname = '127.0.0.1'
    url.port = String(this.port)
    return url.toString()
  }
}
