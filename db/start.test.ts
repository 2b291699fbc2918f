// The server's real start path (instrumentation.ts register() → db/index.ts getDatabase()), run in a
// child process with a production environment: each guard refuses in one line and a non-zero exit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, PendingMigrations } from '@/db/client';
import { withDatabaseName } from '@/test/database-url';
import { cleanEnv, runTsx } from '@/test/run-script';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-start-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const SECRET = 'a-session-secret-of-32-bytes-ok!';
// TRUST_PROXY set, as the recipe sets it: without it a server starts too, with a one-line warning
// (lib/startup/guards.test.ts), which would be one more line in every stderr checked here.
const production = { NODE_ENV: 'production', NEXT_RUNTIME: 'nodejs', AUDIT_KEY: 'an-audit-key-of-at-least-32-chars!', TRUST_PROXY: '1' };
const start = (env: Record<string, string>) => runTsx(['test/start-server.ts'], cleanEnv({ ...production, ...env }));
const oneLine = (stderr: string) => stderr.trim().split('\n');

describe('a production server that is not a demo', () => {
  it('refuses the embedded database nobody chose, before creating it', async () => {
    const dir = path.join(work, 'unchosen');
    const run = await start({ PGLITE_DIR: dir, AUTH_SECRET: SECRET });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(/^gongshi: refusing to start: no DATABASE_URL or POSTGRES_URL is set\./)]);
    expect(fs.existsSync(dir)).toBe(false);
  }, 60_000);

  it('refuses to start without AUTH_SECRET, or with a short one, or without AUDIT_KEY', async () => {
    const dir = path.join(work, 'no-secret');
    const missing = await start({ PGLITE_DIR: dir, GONGSHI_EMBEDDED: '1' });
    expect(missing.code).toBe(1);
    expect(oneLine(missing.stderr)).toEqual([expect.stringMatching(/^gongshi: refusing to start: AUTH_SECRET is not set\./)]);
    const short = await start({ PGLITE_DIR: dir, GONGSHI_EMBEDDED: '1', AUTH_SECRET: 'short' });
    expect(short.code).toBe(1);
    expect(oneLine(short.stderr)).toEqual([expect.stringMatching(/^gongshi: refusing to start: AUTH_SECRET is shorter than 32 bytes/)]);
    const noAuditKey = await start({ PGLITE_DIR: dir, GONGSHI_EMBEDDED: '1', AUTH_SECRET: SECRET, AUDIT_KEY: '' });
    expect(noAuditKey.code).toBe(1);
    expect(oneLine(noAuditKey.stderr)).toEqual([expect.stringMatching(/^gongshi: refusing to start: AUDIT_KEY is not set/)]);
    expect(fs.existsSync(dir)).toBe(false);
  }, 60_000);

  it('starts on the embedded database when told to, loads no demo data, and keeps the directory private', async () => {
    const dir = path.join(work, 'chosen');
    const run = await start({ PGLITE_DIR: dir, GONGSHI_EMBEDDED: '1', AUTH_SECRET: SECRET });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('started: 0 regions');
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const modes = new Set(
      fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => {
        const stat = fs.statSync(path.join(dir, f));
        return `${stat.isDirectory() ? 'dir' : 'file'} ${(stat.mode & 0o777).toString(8)}`;
      }),
    );
    expect(modes).toEqual(new Set(['dir 700', 'file 600']));
  }, 120_000);
});

describe('migrations at start', () => {
  it('a database opened with migrations required names what it lacks instead of migrating', async () => {
    const dir = path.join(work, 'unmigrated');
    const error = await openDatabase({ PGLITE_DIR: dir }, { migrations: 'require' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PendingMigrations);
    expect((error as PendingMigrations).pending[0]).toBe('0000_init');
    expect((error as Error).message).toMatch(/run npm run db:migrate as the owner\.$/);
    const migrated = await openDatabase({ PGLITE_DIR: dir });
    await migrated.close();
    const checked = await openDatabase({ PGLITE_DIR: dir }, { migrations: 'require' });
    await checked.close();
  }, 120_000);

  const adminUrl = inject('pgTemplates').admin;
  it.runIf(adminUrl)('the server runs no DDL on PostgreSQL: it refuses an unmigrated database, and starts once the owner migrated it', async () => {
    const name = `gongshi_start_${process.pid}_${Date.now()}`;
    const url = withDatabaseName(adminUrl, name);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const refused = await start({ DATABASE_URL: url, AUTH_SECRET: SECRET });
      expect(refused.code).toBe(1);
      expect(oneLine(refused.stderr)).toEqual([expect.stringMatching(/^gongshi: refusing to start: the database lacks \d+ migration\(s\) \(0000_init, .*\): run npm run db:migrate as the owner\.$/)]);
      const probe = new pg.Client({ connectionString: url });
      await probe.connect();
      const { rows } = await probe.query(`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`);
      await probe.end();
      expect(rows[0].n).toBe(0); // not one table created
      await (await openDatabase({ DATABASE_URL: url })).close(); // the owner's npm run db:migrate
      const started = await start({ DATABASE_URL: url, AUTH_SECRET: SECRET });
      expect(started.stderr).toBe('');
      expect(started.stdout).toContain('started: 0 regions');
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
