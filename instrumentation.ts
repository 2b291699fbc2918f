// Runs once when the server starts. The work lives in lib/startup/start.ts, imported only in the
// Node.js runtime, so that the Edge build of this file never sees Node's APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/startup/start');
  await startServer();
}
