// One database per process: a globalThis singleton survives Next's module reloading, and PGlite
// must never be opened twice in one process either.
import { sql } from 'drizzle-orm';
import { mayAutoSeed } from '../lib/startup/guards';
import { driverFromEnv, openDatabase, type Database, type Db } from './client';
import { regions } from './schema';

const globalForDb = globalThis as unknown as { gongshiDatabase?: Promise<Database> };

/** The process's database, migrated; an empty embedded database is filled with demo data once. */
export function getDatabase(): Promise<Database> {
  globalForDb.gongshiDatabase ??= start().catch((error: unknown) => {
    globalForDb.gongshiDatabase = undefined; // let the next request try again
    throw error;
  });
  return globalForDb.gongshiDatabase;
}

/** Makes `database` the process's database (tests hand in a real test database this way). */
export function setProcessDatabase(database: Database): void {
  globalForDb.gongshiDatabase = Promise.resolve(database);
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

async function start(): Promise<Database> {
  // The server migrates only its own embedded database. On a PostgreSQL server it runs as a role
  // without DDL rights: the owner migrates (npm run db:migrate), and the server checks.
  const embedded = driverFromEnv(process.env) === 'pglite';
  const database = await openDatabase(process.env, { migrations: embedded ? 'apply' : 'require' });
  // Demo data only ever goes into the embedded database of a demo or development server by itself; a
  // server database gets it only from an explicit `npm run db:seed`.
  if (mayAutoSeed(process.env, database.driver) && (await isEmpty(database.db))) {
    const { seedDemo } = await import('./seed/demo');
    await seedDemo(database.db, new Date());
  }
  return database;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
  return (row?.n ?? 0) === 0;
}
