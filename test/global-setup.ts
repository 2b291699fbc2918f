// Prepares the databases every test file copies: one migrated and empty, one with the demo data.
// PGlite: data-directory snapshots (creating PGlite costs seconds; loading a snapshot is quick).
// PostgreSQL (DATABASE_URL): template databases that each test file clones with CREATE DATABASE … TEMPLATE.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrateDatabase, pgliteDatabase, openDatabase } from '../db/client';
import { seedDemo } from '../db/seed/demo';
import { startWsProxy } from './ws-proxy';
import { withDatabaseName } from './database-url';

declare module 'vitest' {
  export interface ProvidedContext {
    testDriver: 'pglite' | 'pg' | 'vercel';
    seededAt: string;
    pgliteSnapshots: { empty: string; seeded: string };
    pgTemplates: { admin: string; empty: string; seeded: string };
    wsProxy: string;
  }
}

export default async function setup(project: TestProject) {
  const seededAt = new Date();
  project.provide('seededAt', seededAt.toISOString());
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    project.provide('testDriver', 'pglite');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-test-'));
    const snapshots = { empty: path.join(dir, 'empty.tar.gz'), seeded: path.join(dir, 'seeded.tar.gz') };
    const database = await pgliteDatabase(await PGlite.create());
    await migrateDatabase(database);
    const client = (database.db as unknown as { $client: PGlite }).$client;
    fs.writeFileSync(snapshots.empty, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()));
    await seedDemo(database.db, seededAt);
    fs.writeFileSync(snapshots.seeded, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()));
    await database.close();
    project.provide('pgliteSnapshots', snapshots);
    project.provide('pgTemplates', { admin: '', empty: '', seeded: '' });
    project.provide('wsProxy', '');
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }

  const driver = process.env.GONGSHI_TEST_DRIVER === 'vercel' ? 'vercel' : 'pg';
  project.provide('testDriver', driver);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const suffix = `${process.pid}_${Date.now()}`;
  const templates = { admin: adminUrl, empty: `gongshi_tpl_empty_${suffix}`, seeded: `gongshi_tpl_seeded_${suffix}` };
  for (const name of [templates.empty, templates.seeded]) {
    await admin.query(`CREATE DATABASE ${name}`);
    const database = await openDatabase({ DATABASE_URL: withDatabaseName(adminUrl, name) });
    if (name === templates.seeded) await seedDemo(database.db, seededAt);
    await database.close();
  }
  project.provide('pgTemplates', templates);
  project.provide('pgliteSnapshots', { empty: '', seeded: '' });
  let proxy: Awaited<ReturnType<typeof startWsProxy>> | undefined;
  if (driver === 'vercel') {
    const url = new URL(adminUrl);
    proxy = await startWsProxy({ host: url.hostname, port: Number(url.port || 5432) });
    project.provide('wsProxy', `127.0.0.1:${proxy.port}`);
  } else {
    project.provide('wsProxy', '');
  }
  return async () => {
    await proxy?.close();
    for (const name of [templates.empty, templates.seeded]) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}
