// What the server does once when it starts (called from instrumentation.ts, Node.js runtime only): the
// production guards first (./guards.ts), then the database is opened and migrated (embedded) or checked
// (PostgreSQL), and an empty embedded demo database is seeded, so that the first visitor does not wait.
import { driverFromEnv, PendingMigrations } from '@/db/client';
import { getDatabase } from '@/db';
import { startupRefusal } from './guards';

export async function startServer(): Promise<void> {
  const refusal = startupRefusal(process.env, { driver: driverFromEnv(process.env) });
  if (refusal) refuse(refusal);
  try {
    const { driver } = await getDatabase();
    console.log(`gongshi: database ready (${driver})`);
  } catch (error) {
    if (error instanceof PendingMigrations) refuse(error.message);
    throw error;
  }
}

// An error thrown at start is logged, but does not stop `next start`: a refusal must end the process.
function refuse(line: string): never {
  console.error(line);
  process.exit(1);
}
