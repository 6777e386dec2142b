import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The request a piece of work belongs to, carried through async calls: what a request writes to
 * the outbox (mail, webhook deliveries) records its id, so one request can be followed in the
 * logs of every process that handled it or what it caused.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();

/** An id a caller or a proxy in front may give (X-Request-Id): short, and only safe characters. */
const GIVEN_ID = /^[A-Za-z0-9._:@-]{8,128}$/;

/** The request's id: the caller's X-Request-Id when it is well-formed, otherwise a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
}

/** Runs `work` (and everything it calls) as part of the request with this id. */
export function runInRequest(requestId: string, work: () => void): void {
  storage.run({ requestId }, work);
}

/** The id of the request the current code runs for, or null (a background job, a script). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}
