import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy under the test's control, to cut a real connection (to Redis or
 * Postgres) and restore it. While cut, open connections are destroyed and new
 * ones are refused by closing them at once. While stalled, connections stay
 * open but nothing passes either way, as with a server that stops answering.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private cutOff = false;
  private stalled = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  /** On `port` when given (to come back where a closed proxy was), else on any free one. */
  static async start(target: { host: string; port: number }, { port = 0 }: { port?: number } = {}): Promise<TcpProxy> {
    let proxy!: TcpProxy;
    const server = createServer((client) => {
      if (proxy.cutOff) {
        client.destroy();
        return;
      }
      const upstream = connect(target.port, target.host);
      const pair = { client, upstream };
      proxy.pairs.add(pair);
      for (const socket of [client, upstream]) {
        proxy.sockets.add(socket);
        socket.on('close', () => {
          proxy.sockets.delete(socket);
          proxy.pairs.delete(pair);
        });
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      if (!proxy.stalled) TcpProxy.join(pair);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    proxy = new TcpProxy(server, (server.address() as AddressInfo).port);
    return proxy;
  }

  /** The same URL with host and port replaced by the proxy's. */
  wrap(url: string): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(this.port);
    return proxied.toString();
  }

  private static join({ client, upstream }: { client: Socket; upstream: Socket }): void {
    client.pipe(upstream).pipe(client);
    client.resume();
    upstream.resume();
  }

  cut(): void {
    this.cutOff = true;
    for (const socket of this.sockets) socket.destroy();
  }

  /** Holds every byte, both ways, on open and new connections, until `restore()`. */
  stall(): void {
    this.stalled = true;
    for (const { client, upstream } of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  restore(): void {
    this.cutOff = false;
    if (this.stalled) {
      this.stalled = false;
      for (const pair of this.pairs) TcpProxy.join(pair);
    }
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
