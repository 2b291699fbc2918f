// The one place that opens the database. The driver follows the environment:
//   POSTGRES_URL → @vercel/postgres (Vercel), DATABASE_URL → pg (any PostgreSQL server),
//   neither → embedded PGlite in .data/pglite (or PGLITE_DIR), created and migrated on first use.
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { markDatabaseOutage } from '../lib/http/outage';
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

export type OpenOptions = {
  /**
   * 'apply' (scripts, tests, the embedded database): run pending migrations. 'require' (the server on
   * a PostgreSQL server): run no DDL, since it connects as a runtime role without DDL rights, and
   * refuse with PendingMigrations when the owner has not applied them all. 'skip': neither (a script
   * that must look before it writes, e.g. npm run setup, migrates itself).
   */
  migrations?: 'apply' | 'require' | 'skip';
};

/** Where the environment's driver points, for scripts' messages: never the password of a connection URL. */
export function describeTarget(env: Env = process.env): string {
  const driver = driverFromEnv(env);
  if (driver === 'pglite') return `the embedded database at ${pgliteDirFromEnv(env)}`;
  const raw = (driver === 'vercel' ? env.POSTGRES_URL : env.DATABASE_URL) ?? '';
  try {
    const url = new URL(raw);
    return `${driver} at ${url.host}${url.pathname}`; // host and database only: no user, no password
  } catch {
    return driver;
  }
}

/** Opens a database with the driver the environment names, and migrates it (or checks it is migrated). */
export async function openDatabase(env: Env = process.env, options: OpenOptions = {}): Promise<Database> {
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
  try {
    if (options.migrations === 'require') await requireMigrated(database.db);
    else if (options.migrations !== 'skip') await migrateDatabase(database);
    if (driver === 'pglite') restrictDataDir(pgliteDirFromEnv(env)); // migrations add files
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** The server found a database that lacks migrations: the owner must apply them first. */
export class PendingMigrations extends Error {
  constructor(readonly pending: string[]) {
    super(
      `gongshi: refusing to start: the database lacks ${pending.length} migration(s) (${pending.join(', ')}): ` +
        'run npm run db:migrate as the owner.',
    );
  }
}

/** The migrations of db/migrations that the database has not applied, by tag, oldest first. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number; tag: string }[];
  };
  // Drizzle's migrator applies every migration newer than the last one it recorded; so does this check.
  const [table] = await queryRows<{ present: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  let last = -Infinity;
  if (table?.present) {
    const [row] = await queryRows<{ last: string | null }>(db, sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`);
    if (row?.last) last = Number(row.last);
  }
  return journal.entries.filter((entry) => entry.when > last).map((entry) => entry.tag);
}

async function requireMigrated(db: Db): Promise<void> {
  const pending = await pendingMigrations(db);
  if (pending.length > 0) throw new PendingMigrations(pending);
}

/**
 * A hung or unreachable server must give an answer within seconds, not hold requests open: the server
 * cancels a statement after DATABASE_STATEMENT_TIMEOUT_MS, the client gives up waiting for one after
 * DATABASE_QUERY_TIMEOUT_MS (a server that stopped answering cannot cancel anything), and a new
 * connection is abandoned after DATABASE_CONNECT_TIMEOUT_MS. Scripts (migrations, backups) that need
 * longer set these in their environment.
 */
export function pgTimeouts(env: Env): { statement_timeout: number; query_timeout: number; connectionTimeoutMillis: number } {
  const ms = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  const statement = ms('DATABASE_STATEMENT_TIMEOUT_MS', 10_000);
  return {
    statement_timeout: statement,
    query_timeout: ms('DATABASE_QUERY_TIMEOUT_MS', statement + 2000),
    connectionTimeoutMillis: ms('DATABASE_CONNECT_TIMEOUT_MS', 3000),
  };
}

async function openPg(connectionString: string): Promise<Database> {
  const { Client, Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { releaseLostClients } = await import('./pool-healing');
  const { waitForBusyPool } = await import('./pool-wait');
  const timeouts = pgTimeouts(process.env);
  // A burst beyond `max` waits its turn for longer than a new connection may take (./pool-wait.ts).
  const pool = new Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), ...timeouts, ...waitForBusyPool(Client, timeouts) });
  // An idle connection the server drops (restart, admin shutdown) must not crash the process:
  // the pool replaces it on the next query. It also marks a likely outage, so that the very first page
  // after the server stopped is the proxy's readable 503 (lib/http/outage-page.ts); if the server is
  // still up, the proxy's probe clears the mark on that page's request.
  pool.on('error', (error) => {
    markDatabaseOutage();
    console.error(`database: idle connection lost: ${error.message}`);
  });
  // A connection lost while checked out (mid-transaction) emits 'error' on its client, which the pool
  // does not listen to then: unheard, it would crash the process. The query waiting on it fails anyway,
  // and the pool drops the client when it is released (test/write-faults.test.ts).
  pool.on('connect', (client) => client.on('error', () => {}));
  releaseLostClients(pool);
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
  const pool = createPool({ connectionString, ...pgTimeouts(process.env) });
  pool.on('error', (error) => console.error(`database: idle connection lost: ${error.message}`));
  return { db: drizzle(pool, { schema }) as unknown as Db, driver: 'vercel', close: () => pool.end() };
}

async function openPglite(dir: string): Promise<Database> {
  // The data directory holds every household's private record: only the server's user may read it.
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const releaseLock = lockDataDir(dir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create(dir);
    restrictDataDir(dir);
    return await pgliteDatabase(client, () => {
      restrictDataDir(dir);
      releaseLock();
    });
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * Directories 0700, files 0600. PGlite creates its files 0666 whatever the umask, so they are
 * tightened after it opens and when it closes; a file it adds in between sits in a 0700 directory.
 */
export function restrictDataDir(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictDataDir(file);
    else if (entry.isFile()) fs.chmodSync(file, 0o600);
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
