/**
 * The one way the web app talks to the server: JSON, the session cookie, the page's language, and
 * the error shape of API.md. `client` is typed by the server's OpenAPI document (schema.gen.ts), so
 * a path, a parameter or a body the server does not accept fails the web build.
 */
import createClient, { type ClientPathsWithMethod, type MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './schema.gen.ts';
import type { ResponseBody } from './types.ts';

export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
  /** Field errors of a 422, by path, for forms. */
  fieldErrors(): Record<string, string> {
    if (!Array.isArray(this.details)) return {};
    return Object.fromEntries((this.details as FieldError[]).map((detail) => [detail.path, detail.message]));
  }
}

const language = () => document.documentElement.lang || 'pl';

function toApiError(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code: string; message: string; details?: unknown } } | null)?.error;
  return new ApiError(
    response.status,
    error?.code ?? 'error',
    error?.message ?? response.statusText,
    error?.details,
  );
}

export const client = createClient<paths>({ credentials: 'same-origin' });
client.use({
  onRequest({ request }) {
    request.headers.set('accept-language', language());
    return request;
  },
});

/** The answer of a typed call, or its error as an ApiError: `const room = await answer(client.GET(…))`. */
export async function answer<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}

type Client = typeof client;
type Sent = 'post' | 'patch' | 'put' | 'delete';
/** The options of a call: optional only when the path has no parameter or body it requires. */
type Init<P extends keyof paths, M extends 'get' | Sent> =
  undefined extends MaybeOptionalInit<paths[P], M>
    ? [init?: MaybeOptionalInit<paths[P], M>]
    : [init: MaybeOptionalInit<paths[P], M>];

/**
 * A typed GET: the path, its parameters and the answer come from the OpenAPI document. The answer
 * is typed as the document says (openapi-fetch's own answer type loses tuples such as opening hours).
 */
export function read<P extends ClientPathsWithMethod<Client, 'get'>>(
  path: P,
  ...[init]: Init<P, 'get'>
): Promise<ResponseBody<P, 'get'>> {
  return answer(client.GET(path, init as never)) as Promise<ResponseBody<P, 'get'>>;
}

/** A typed POST, PATCH, PUT or DELETE: path, parameters and body are checked against the document. */
export function send<M extends Sent, P extends ClientPathsWithMethod<Client, M>>(
  method: M,
  path: P,
  ...[init]: Init<P, M>
): Promise<ResponseBody<P, M>> {
  return answer(client.request(method, path as never, init as never)) as Promise<ResponseBody<P, M>>;
}

/** An untyped call, for answers that are not JSON objects of the document (a 204, a text body). */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      'accept-language': language(),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw toApiError(response, data);
  return data as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

export type Page<T> = { items: T[]; nextCursor: string | null };
