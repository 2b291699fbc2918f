// Each test file gets its own real database: a PGlite copy of the snapshot, or a PostgreSQL
// database cloned from the template (through pg, or @vercel/postgres over the WebSocket proxy).
import fs from 'node:fs';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, pgliteDatabase, type Database } from '../db/client';
import { withDatabaseName } from './database-url';

export interface TestDatabase extends Database {
  /** The `now` the demo data was seeded with. */
  seededAt: Date;
}

export async function openTestDatabase(kind: 'seeded' | 'empty' = 'seeded'): Promise<TestDatabase> {
  const seededAt = new Date(inject('seededAt'));
  const driver = inject('testDriver');
  if (driver === 'pglite') {
    const snapshot = fs.readFileSync(inject('pgliteSnapshots')[kind]);
    const client = await PGlite.create({ loadDataDir: new Blob([snapshot]) });
    return { ...(await pgliteDatabase(client)), seededAt };
  }
  const templates = inject('pgTemplates');
  const name = `gongshi_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: templates.admin });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templates[kind]}`);
  await admin.end();
  const url = withDatabaseName(templates.admin, name);
  // Neon's driver accepts only localhost (or *-pooler.*) hosts for a plain ws proxy.
  const env =
    driver === 'vercel'
      ? { POSTGRES_URL: url.replace('127.0.0.1', 'localhost'), NEON_WS_PROXY: inject('wsProxy') }
      : { DATABASE_URL: url };
  const database = await openDatabase(env);
  return {
    ...database,
    seededAt,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: templates.admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
