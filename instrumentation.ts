// Runs once when the server starts. The work lives in lib/startup/start.ts, imported only in the
// Node.js runtime, so that the Edge build of this file never sees Node's APIs.
import { isDatabaseOutage, markDatabaseOutage } from './lib/http/outage';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/startup/start');
  await startServer();
}

// A page, Server Action or proxy that failed on the database marks the outage, so that the proxy answers
// the next pages with a readable 503 instead of Next's empty 500 (lib/http/outage-page.ts).
export function onRequestError(error: unknown): void {
  if (isDatabaseOutage(error)) markDatabaseOutage();
}
