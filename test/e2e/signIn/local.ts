// What the sign-in tests' servers and tests share: a server on 127.0.0.1, a request's body, and
// waiting for a state with a ceiling.
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/** Starts `server` on 127.0.0.1 at `port` (0: a free one). */
export async function listenLocally(server: Server, port = 0): Promise<Listening> {
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port.toString()}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Resolves once `condition` holds, checking twice a second; fails after `ceiling` ms. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  ceiling = 60_000,
): Promise<void> {
  const deadline = Date.now() + ceiling;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}
