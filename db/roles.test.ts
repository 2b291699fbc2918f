// The runtime role of db/roles.sql, on a real PostgreSQL server: roles made by the shipped script in a
// fresh database, migrations applied as the owner, then every forbidden statement tried as the runtime
// role (refused), and the app's ordinary writes (allowed).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify';
import { recordAudit } from '@/lib/audit/record';
import { checkCredentials } from '@/lib/auth/credentials';
import { withDatabaseName } from '@/test/database-url';
import { migrateDatabase, queryRows, type Database, type Db } from './client';
import * as schema from './schema';

// Roles exist only on a PostgreSQL server: PGlite is an embedded single-user database that always runs
// as its superuser. The @vercel/postgres pass would repeat the same server-side checks, so only 'pg' runs it.
const serverOnly = inject('testDriver') !== 'pg';

const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const names = { database: `gongshi_roles_${suffix}`, owner: `gongshi_owner_${suffix}`, runtime: `gongshi_app_${suffix}` };
const passwords = { owner: `owner-${suffix}`, runtime: `runtime-${suffix}` };

let adminUrl = '';
let runtime: pg.Pool;
let runtimeDb: Db;

function urlAs(role: string, password: string): string {
  const url = new URL(withDatabaseName(adminUrl, names.database));
  url.username = role;
  url.password = password;
  return url.toString();
}

async function asAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** The message of the error `statement` raises as the runtime role ('' when it runs). */
async function refusal(statement: string): Promise<string> {
  try {
    await runtime.query(statement);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

beforeAll(async () => {
  if (serverOnly) return;
  adminUrl = inject('pgTemplates').admin;
  await asAdmin(`CREATE DATABASE ${names.database}`);
  execFileSync(
    'psql',
    [withDatabaseName(adminUrl, names.database), '-X', '-f', path.join(process.cwd(), 'db', 'roles.sql'),
      '-v', `owner=${names.owner}`, '-v', `owner_password=${passwords.owner}`,
      '-v', `runtime=${names.runtime}`, '-v', `runtime_password=${passwords.runtime}`],
    { stdio: 'pipe' },
  );
  const ownerPool = new pg.Pool({ connectionString: urlAs(names.owner, passwords.owner) });
  const owner: Database = { db: drizzle(ownerPool, { schema }) as unknown as Db, driver: 'pg', close: () => ownerPool.end() };
  await migrateDatabase(owner);
  await owner.close();
  runtime = new pg.Pool({ connectionString: urlAs(names.runtime, passwords.runtime), max: 2 });
  runtimeDb = drizzle(runtime, { schema }) as unknown as Db;
});

afterAll(async () => {
  if (serverOnly) return;
  await runtime?.end();
  await asAdmin(`DROP DATABASE IF EXISTS ${names.database} WITH (FORCE)`);
  await asAdmin(`DROP ROLE IF EXISTS ${names.owner}, ${names.runtime}`);
});

describe('the runtime role of db/roles.sql', () => {
  it.skipIf(serverOnly)('may do what the app does: audit rows, sign-in attempts, ordinary reads and writes', async () => {
    const now = new Date();
    await runtimeDb.transaction((tx) => recordAudit(tx, null, now, { action: 'test.runtime', entityType: 'test', entityId: 1, summary: { ok: true } }));
    await runtimeDb.transaction((tx) => recordAudit(tx, null, now, { action: 'test.runtime', entityType: 'test', entityId: 2, summary: { ok: true } }));
    expect(await verifyAuditChain(runtimeDb)).toMatchObject({ ok: true, rows: 2 });
    expect(await checkCredentials(runtimeDb, { username: 'nobody', password: 'wrong', ip: '192.0.2.1' }, now)).toEqual({ ok: false, error: 'invalid' });
    const [attempts] = await queryRows<{ n: number }>(runtimeDb, sql`select count(*)::int as n from login_attempts where ip = '192.0.2.1'`);
    expect(attempts!.n).toBe(1);
    expect(await refusal(`DELETE FROM login_attempts WHERE ip = '192.0.2.1'`)).toBe('');
    // The server's start-up check reads drizzle's journal.
    expect(await refusal('SELECT count(*) FROM drizzle.__drizzle_migrations')).toBe('');
  });

  it.skipIf(serverOnly)('is refused DDL, changes to the audit log, and every way around its triggers', async () => {
    const forbidden: [string, RegExp][] = [
      ['CREATE TABLE sneaky (id int)', /permission denied for schema public/],
      ['CREATE FUNCTION sneaky() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$', /permission denied for schema public/],
      ['CREATE SCHEMA sneaky', /permission denied for database/],
      ['CREATE TEMP TABLE sneaky (id int)', /permission denied to create temporary tables/],
      ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete', /must be owner of table audit_log/],
      ['ALTER TABLE audit_log DISABLE TRIGGER ALL', /must be owner of table audit_log/],
      ['DROP TRIGGER audit_log_chain ON audit_log', /must be owner of (table|relation) audit_log/],
      ['CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$', /permission denied for schema public|must be owner of function audit_log_chain/],
      ["UPDATE audit_log SET action = 'rewritten'", /permission denied for table audit_log/],
      ['DELETE FROM audit_log', /permission denied for table audit_log/],
      ['TRUNCATE audit_log', /permission denied for table audit_log/],
      ['SET session_replication_role = replica', /permission denied to set parameter "session_replication_role"/],
      ["INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('x', 0)", /permission denied for table __drizzle_migrations/],
      ['ALTER TABLE notices DISABLE TRIGGER notices_freeze', /must be owner of table notices/],
    ];
    for (const [statement, refused] of forbidden) expect(await refusal(statement), statement).toMatch(refused);
    const [role] = await queryRows<{ super: boolean; replication: boolean; bypassrls: boolean; createrole: boolean; createdb: boolean; owned: number }>(
      runtimeDb,
      sql`select rolsuper as super, rolreplication as replication, rolbypassrls as bypassrls, rolcreaterole as createrole,
            rolcreatedb as createdb,
            (select count(*)::int from pg_class c where c.relowner = r.oid) + (select count(*)::int from pg_proc p where p.proowner = r.oid) as owned
          from pg_roles r where rolname = current_user`,
    );
    expect(role).toEqual({ super: false, replication: false, bypassrls: false, createrole: false, createdb: false, owned: 0 });
  });
});
