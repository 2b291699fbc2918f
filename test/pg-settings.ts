// A pg database opened with DATABASE_* settings of a test's own (pool size, timeouts): db/client.ts's
// openPg reads them from the environment, so they are set for the opening only and then restored.
import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type Db } from '@/db/client';

export async function openPgWith(url: string, settings: Record<string, string>): Promise<Database> {
  const saved = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));
  Object.assign(process.env, settings);
  try {
    return await openDatabase({ DATABASE_URL: url }, { migrations: 'skip' });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** The connection string of an open pg database (its pool's). */
export function pgUrlOf(db: Db): string {
  return (db as unknown as { $client: { options: { connectionString: string } } }).$client.options.connectionString;
}

/**
 * Opens `n` connections of `db`'s pool ahead (they stay idle for the pool's idle timeout, 10 s): on a
 * loaded machine opening one may outlast a test's short connect timeout, retried here up to 20 times.
 */
export async function openConnections(db: Db, n: number): Promise<void> {
  for (let tries = 0; tries < 20; tries++) {
    const opened = await Promise.allSettled(Array.from({ length: n }, () => db.execute(sql`select pg_sleep(0.05)`)));
    if (opened.every((o) => o.status === 'fulfilled')) return;
  }
  throw new Error(`could not open ${n} connections`);
}
