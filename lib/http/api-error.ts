// Every error a route handler answers has one shape, { "error": code, "message": text }, never a stack,
// a query or a connection string. A database outage answers 503 with Retry-After; anything else
// unexpected answers 500 and is logged on the server under a short reference.
import { randomUUID } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import { zhOutage } from '@/lib/i18n/zh-outage';
import { isDatabaseOutage, markDatabaseOutage, RETRY_AFTER_SECONDS } from './outage';

export type ApiErrorBody = { error: string; message: string };

export function apiError(status: number, error: string, message: string, headers: HeadersInit = {}): Response {
  const body: ApiErrorBody = { error, message };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/** The answer for something a handler threw: 503 on a database outage, else 500. */
export function apiFailure(thrown: unknown, where: string): Response {
  const reference = randomUUID().slice(0, 8);
  if (isDatabaseOutage(thrown)) {
    markDatabaseOutage(); // pages answer the outage page from now on (lib/http/outage-page.ts)
    console.error(`${where}: database unavailable [${reference}]: ${rootCause(thrown)}`);
    return apiError(503, 'database_unavailable', zhOutage.api.unavailable, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
  }
  console.error(`${where}: internal error [${reference}]`, thrown);
  return apiError(500, 'internal', `${zhOutage.api.internal}（${reference}）`);
}

/** The driver's own words (ECONNREFUSED, timeout, …) under Drizzle's "Failed query" wrapper. */
function rootCause(thrown: unknown): string {
  let e = thrown;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
}

/** Wraps a route handler so that nothing it throws escapes as Next's empty 500. */
export function withApiErrors<A extends unknown[]>(
  where: string,
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (thrown) {
      // connection() and friends throw Next's own signals during prerendering: let them through.
      unstable_rethrow(thrown);
      return apiFailure(thrown, where);
    }
  };
}
