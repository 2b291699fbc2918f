// What the server does once when it starts (called from instrumentation.ts, Node.js runtime only): the
// production guards first (./guards.ts), then the database is opened and migrated (embedded) or checked
// (PostgreSQL), and an empty embedded demo database is seeded, so that the first visitor does not wait.
import { sql } from 'drizzle-orm';
import { driverFromEnv, PendingMigrations } from '@/db/client';
import { getDatabase } from '@/db';
import { isDatabaseOutage, markDatabaseOutage, setDatabaseProbe } from '@/lib/http/outage';
import { startupRefusal, startupWarnings } from './guards';

export async function startServer(): Promise<void> {
  const refusal = startupRefusal(process.env, { driver: driverFromEnv(process.env) });
  if (refusal) refuse(refusal);
  for (const line of startupWarnings(process.env)) console.warn(line);
  setDatabaseProbe(databaseProbe);
  try {
    const { driver } = await getDatabase();
    console.log(`gongshi: database ready (${driver})`);
  } catch (error) {
    if (error instanceof PendingMigrations) refuse(error.message);
    // Down at start (a restart during an outage): a thrown error here would leave Next answering a bare
    // 500 to every request for good. Serve the error pages instead; each request tries the database again.
    if (isDatabaseOutage(error)) {
      markDatabaseOutage();
      console.error('gongshi: the database does not answer; serving error pages until it does');
      return;
    }
    throw error;
  }
}

/** Asked by the proxy while an outage is marked: is the database back? (lib/http/outage.ts) */
export async function databaseProbe(): Promise<void> {
  await (await getDatabase()).db.execute(sql`select 1`);
}

// An error thrown at start is logged, but does not stop `next start`: a refusal must end the process.
function refuse(line: string): never {
  console.error(line);
  process.exit(1);
}
