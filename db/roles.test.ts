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

  it.skipIf(serverOnly)('cannot write household_counts, which its household writes still keep (migration 0021)', async () => {
    for (const statement of [
      "INSERT INTO household_counts (programme_id, village_code, year, status, filed, n) VALUES (1, '220802100201', 2025, 'registered', false, 5)",
      'UPDATE household_counts SET n = n + 1',
      'DELETE FROM household_counts',
      'TRUNCATE household_counts',
    ]) expect(await refusal(statement), statement).toMatch(/permission denied for table household_counts/);
    expect(await refusal(`INSERT INTO regions (code, name, level, parent_code) VALUES
        ('990100', '卷市', 'city', NULL), ('990101', '卷县', 'county', '990100'),
        ('990101001', '卷镇', 'township', '990101'), ('990101001001', '卷村', 'village', '990101001')`)).toBe('');
    const { rows: [programme] } = await runtime.query<{ id: number }>(
      `INSERT INTO programmes (name, city_code, start_year, end_year, target_households, income_threshold)
       VALUES ('卷计划', '990100', 2025, 2027, 10, 5000) RETURNING id`,
    );
    const counts = async () =>
      (await runtime.query<{ status: string; filed: boolean; paired: boolean; n: number }>(
        'SELECT status, filed, paired, n FROM household_counts WHERE programme_id = $1 AND n > 0 ORDER BY status, paired', [programme!.id],
      )).rows;
    expect(await refusal(`INSERT INTO households (programme_id, year, village_code, masked_name, sex, age, disability_category,
        disability_grade, household_size, disabled_members, income_per_capita, status)
      SELECT ${programme!.id}, 2025, '990101001001', '卷*户', 'F', 40, 1, 2, 3, 1, 2000, 'registered' FROM generate_series(1, 3)`)).toBe('');
    expect(await counts()).toEqual([{ status: 'registered', filed: false, paired: false, n: 3 }]);
    expect(await refusal(`DELETE FROM households WHERE id = (SELECT min(id) FROM households WHERE programme_id = ${programme!.id})`)).toBe('');
    expect(await counts()).toEqual([{ status: 'registered', filed: false, paired: false, n: 2 }]);
    // a pairing the runtime role records (or removes) moves its household between unpaired and paired (0023)
    const pairing = `(SELECT min(id) FROM households WHERE programme_id = ${programme!.id})`;
    expect(await refusal(`INSERT INTO pairings (household_id, cadre_name, cadre_post, agreement_date) VALUES (${pairing}, '卷干部', '村支书', '2025-03-01')`)).toBe('');
    expect(await counts()).toEqual([
      { status: 'registered', filed: false, paired: false, n: 1 },
      { status: 'registered', filed: false, paired: true, n: 1 },
    ]);
    expect(await refusal(`DELETE FROM pairings WHERE household_id = ${pairing}`)).toBe('');
    expect(await counts()).toEqual([{ status: 'registered', filed: false, paired: false, n: 2 }]);
    // The functions run as their owner with a fixed search_path; the runtime role owns none of them.
    const { rows: definers } = await runtime.query<{ name: string; definer: boolean; config: string[] | null }>(
      `SELECT proname AS name, prosecdef AS definer, proconfig AS config FROM pg_proc WHERE proname LIKE 'household_counts_%' ORDER BY proname`,
    );
    // insert, delete, update and truncate on households (0016); pairing and pairing_truncate on pairings (0023)
    expect(definers.map((f) => f.name)).toEqual([
      'household_counts_delete',
      'household_counts_insert',
      'household_counts_pairing',
      'household_counts_pairing_truncate',
      'household_counts_truncate',
      'household_counts_update',
    ]);
    for (const f of definers) expect(f, f.name).toMatchObject({ definer: true, config: ['search_path=public, pg_temp'] });
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
