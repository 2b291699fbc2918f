// Runs once when the server starts: the production guards first (lib/startup/guards.ts), then the
// database is opened and migrated (embedded) or checked (PostgreSQL), and an empty embedded demo
// database is seeded, so that the first visitor does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startupRefusal } = await import('./lib/startup/guards');
  const { driverFromEnv, PendingMigrations } = await import('./db/client');
  const refusal = startupRefusal(process.env, { driver: driverFromEnv(process.env) });
  if (refusal) refuse(refusal);
  const { getDatabase } = await import('./db');
  try {
    const { driver } = await getDatabase();
    console.log(`gongshi: database ready (${driver})`);
  } catch (error) {
    if (error instanceof PendingMigrations) refuse(error.message);
    throw error;
  }
}

// An error thrown here is logged, but does not stop `next start`: a refusal must end the process.
function refuse(line: string): never {
  console.error(line);
  process.exit(1);
}
