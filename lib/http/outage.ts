// Recognises a database outage (server down, unreachable, hung, restarting, pool closed) in whatever a
// driver threw, so that callers can answer 503 with Retry-After instead of 500. Drizzle wraps driver
// errors ("Failed query: …") with the driver's error as `cause`, so the whole cause chain is read.

/** Seconds a client is asked to wait before trying again after a database outage. */
export const RETRY_AFTER_SECONDS = 60;

// SQLSTATE classes and codes meaning "the database cannot answer now", not "this query is wrong".
const SQLSTATE_OUTAGE = new Set(['57014', '57P01', '57P02', '57P03', '53300', '53000']); // canceled (statement_timeout), shutdowns, cannot connect now, too many connections
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
const MESSAGES = [
  /connection terminated/i, // pg: server went away mid-query, or connectionTimeoutMillis
  /timeout exceeded when trying to connect/i, // pg pool: no connection freed within the queue's bound (db/pool-wait.ts)
  /^timeout expired$/, // pg client: its own connectionTimeoutMillis (a new connection, db/pool-wait.ts)
  /query read timeout/i, // pg: query_timeout
  /cannot use a pool after calling end/i,
  /connection (is )?(closed|ended)/i,
  /client (has encountered a connection error|was closed) and is not queryable/i, // pg: a query (e.g. ROLLBACK) on a lost connection
  /pglite is closed/i,
  /the database system is (starting up|shutting down)/i,
];

export function isDatabaseOutage(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== 'object') continue;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATE_OUTAGE.has(code) || code.startsWith('08'))) return true;
    // AggregateError (a host with several addresses, all refused) carries the socket errors inside.
    if (e instanceof AggregateError && e.errors.some(isDatabaseOutage)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && MESSAGES.some((re) => re.test(message))) return true;
  }
  return false;
}

// This process's memory of an outage: a page's render that failed on the database marks it
// (instrumentation.ts onRequestError, apiFailure), and the proxy then answers pages with a readable
// 503 without rendering them (lib/http/outage-page.ts). Per process on purpose: it describes this
// process's own connection to the database. It lives on globalThis because Next loads the proxy and
// the pages as separate bundles into one process: a module variable would not be shared.

/** How long a mark holds without being renewed by a failing probe or render. */
export const OUTAGE_MARK_MS = 10_000;
/** How long the proxy waits for the database to answer `select 1` before calling it still down. */
export const PROBE_TIMEOUT_MS = 1000;

type OutageState = { markedAt: number | null; probe?: () => Promise<unknown>; probing?: Promise<boolean | null> };
const state = ((globalThis as { gongshiOutage?: OutageState }).gongshiOutage ??= { markedAt: null });

export function markDatabaseOutage(now = Date.now()): void {
  state.markedAt = now;
}

export function clearDatabaseOutage(): void {
  state.markedAt = null;
}

/** Whether this process saw the database fail within the last OUTAGE_MARK_MS. */
export function databaseOutageMarked(now = Date.now()): boolean {
  return state.markedAt !== null && now - state.markedAt < OUTAGE_MARK_MS;
}

/** The server installs how to ask the database whether it answers (lib/startup/start.ts). */
export function setDatabaseProbe(probe: (() => Promise<unknown>) | undefined): void {
  state.probe = probe;
}

/**
 * Asks the database once whether it answers: true (the mark is cleared), false (down or no answer
 * within PROBE_TIMEOUT_MS: the mark is renewed), or null when no probe is installed. Requests that
 * arrive while a probe runs share it, so an outage under load costs one probe at a time.
 */
export function probeDatabase(): Promise<boolean | null> {
  const probe = state.probe;
  if (!probe) return Promise.resolve(null);
  state.probing ??= (async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
      timer.unref?.();
    });
    const answered = await Promise.race([probe().then(() => true, () => false), timeout]);
    clearTimeout(timer);
    if (answered) clearDatabaseOutage();
    else markDatabaseOutage();
    return answered;
  })().finally(() => {
    state.probing = undefined;
  });
  return state.probing;
}
