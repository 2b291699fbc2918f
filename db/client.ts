// The one place that opens the database. The driver follows the environment:
//   POSTGRES_URL → @vercel/postgres (Vercel), DATABASE_URL → pg (any PostgreSQL server),
//   neither → embedded PGlite in .data/pglite (or PGLITE_DIR), created and migrated on first use.
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DriverName = 'vercel' | 'pg' | 'pglite';
export type Env = Record<string, string | undefined>;

export interface Database {
  db: Db;
  driver: DriverName;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

export function driverFromEnv(env: Env = process.env): DriverName {
  if (env.POSTGRES_URL) return 'vercel';
  if (env.DATABASE_URL) return 'pg';
  return 'pglite';
}

export function pgliteDirFromEnv(env: Env = process.env): string {
  // The data directory is chosen at run time; nothing in it belongs in the build's file trace.
  return path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite'));
}

/** Opens (and migrates) a database with the driver the environment names. */
export async function openDatabase(env: Env = process.env): Promise<Database> {
  if (env.NEXT_PHASE === 'phase-production-build') {
    // A page that reads data at build time would open (and for PGlite, lock) the database.
    throw new Error('The database must not be opened during `next build`: read data at request time.');
  }
  const driver = driverFromEnv(env);
  const database =
    driver === 'vercel'
      ? await openVercel(env.POSTGRES_URL!, env.NEON_WS_PROXY)
      : driver === 'pg'
        ? await openPg(env.DATABASE_URL!)
        : await openPglite(pgliteDirFromEnv(env));
  await migrateDatabase(database);
  return database;
}

async function openPg(connectionString: string): Promise<Database> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection the server drops (restart, admin shutdown) must not crash the process:
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.error(`database: idle connection lost: ${error.message}`));
  return { db: drizzle(pool, { schema }) as unknown as Db, driver: 'pg', close: () => pool.end() };
}

async function openVercel(connectionString: string, wsProxy: string | undefined): Promise<Database> {
  const { createPool } = await import('@vercel/postgres');
  const { drizzle } = await import('drizzle-orm/vercel-postgres');
  if (wsProxy) {
    // Talk to a plain PostgreSQL server through a WebSocket-to-TCP proxy (tests and local trials).
    const { neonConfig } = await import('@neondatabase/serverless');
    const { WebSocket } = await import('ws');
    neonConfig.webSocketConstructor = WebSocket;
    neonConfig.wsProxy = () => wsProxy;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineConnect = false;
    neonConfig.pipelineTLS = false;
  }
  const pool = createPool({ connectionString });
  pool.on('error', (error) => console.error(`database: idle connection lost: ${error.message}`));
  return { db: drizzle(pool, { schema }) as unknown as Db, driver: 'vercel', close: () => pool.end() };
}

async function openPglite(dir: string): Promise<Database> {
  fs.mkdirSync(dir, { recursive: true });
  const releaseLock = lockDataDir(dir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create(dir);
    return await pgliteDatabase(client, releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Wraps an open PGlite instance (a data directory, or memory in tests). */
export async function pgliteDatabase(client: PGlite, onClose: () => void = () => {}): Promise<Database> {
  const { drizzle } = await import('drizzle-orm/pglite');
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    driver: 'pglite',
    close: async () => {
      await client.close();
      onClose();
    },
  };
}

/**
 * PGlite is single-process: a second process on the same directory raises no error, and one side's
 * writes are silently lost. A pid lock file makes the second process fail loudly instead.
 */
export function lockDataDir(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database ${dir} is in use by process ${holder}. Stop it first ` +
            '(only one process may open PGlite), or point PGLITE_DIR elsewhere.',
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.rmSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function migrateDatabase({ db, driver }: Database): Promise<void> {
  const config = { migrationsFolder };
  if (driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db as never, config);
  } else if (driver === 'pg') {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(db as never, config);
  } else {
    const { migrate } = await import('drizzle-orm/vercel-postgres/migrator');
    await migrate(db as never, config);
  }
}

/** Runs raw SQL and returns its rows: every driver answers with a `rows` array. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
