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
  /timeout exceeded when trying to connect/i, // pg pool: connectionTimeoutMillis
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
