import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** What a receiver got: the headers, the raw body, and whether the signature checked out. */
export type Received = {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  verified: boolean;
  answered: number;
};

type Answer = (request: Received) => number | 'hang';

/**
 * A real HTTP server on 127.0.0.1 (port 0, then the same port when reopened) that receives
 * webhooks: it checks each signature with the `standardwebhooks` package (the specification's
 * reference implementation, not our code) against the secret registered for its path, and
 * answers as the test says (200 by default; 401 for a bad signature).
 */
export async function startReceiver() {
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  const answers = new Map<string, Answer>();
  const hanging = new Set<() => void>();
  let server: Server | undefined;
  let port = 0;

  const handle = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = request.url ?? '/';
    const header = (name: string) => String(request.headers[name] ?? '');
    const secret = secrets.get(path);
    let verified = false;
    if (secret) {
      try {
        new Webhook(secret).verify(body, {
          'webhook-id': header('webhook-id'),
          'webhook-timestamp': header('webhook-timestamp'),
          'webhook-signature': header('webhook-signature'),
        });
        verified = true;
      } catch {
        verified = false;
      }
    }
    const entry: Received = {
      path,
      id: header('webhook-id'),
      timestamp: header('webhook-timestamp'),
      signature: header('webhook-signature'),
      body,
      payload: JSON.parse(body),
      verified,
      answered: 0,
    };
    const answer = verified ? (answers.get(path)?.(entry) ?? 200) : 401;
    entry.answered = answer === 'hang' ? 0 : answer;
    received.push(entry);
    return answer;
  };

  const open = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((request, response) => {
        handle(request).then(
          (answer) => {
            if (answer === 'hang') {
              hanging.add(() => response.destroy());
              return;
            }
            response.writeHead(answer, { 'content-type': 'text/plain' });
            response.end(answer < 300 ? 'ok' : `refused on purpose (${answer})`);
          },
          () => {
            response.writeHead(400);
            response.end('not JSON');
          },
        );
      });
      server = listening;
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as AddressInfo).port;
        resolve();
      });
    });

  await open();
  return {
    received,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    /** The secret the signatures to `path` are checked with. */
    expect(path: string, secret: string) {
      secrets.set(path, secret);
    },
    answer(path: string, answer: Answer) {
      answers.set(path, answer);
    },
    /** Down: nothing listens on the port (connections are refused). */
    async close() {
      for (const release of hanging) release();
      hanging.clear();
      const closing = server;
      if (!closing) return;
      server = undefined;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeAllConnections();
      });
    },
    /** Up again, on the same port. */
    reopen: open,
    of(path: string) {
      return received.filter((entry) => entry.path === path);
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
