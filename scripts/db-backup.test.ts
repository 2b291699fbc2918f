// Round trip of npm run db:backup / db:restore, run as child processes like an operator runs them:
// a seeded database is backed up and restored into a fresh target, and every table (public schema and
// drizzle's migration table) must come back with the same row count and content checksum, the same
// sequences, triggers and privileges, and an audit chain that still verifies.
// PGlite by default; the PostgreSQL server when DATABASE_URL is set (POSTGRES_URL in the vercel run).
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { pgliteDatabase, type Db } from '../db/client';
import { auditKeyFromEnv } from '../lib/audit/key';
import { verifyAuditChain, type AuditAnchor } from '../lib/audit/verify';
import { withDatabaseName } from '../test/database-url';

const repo = path.resolve(import.meta.dirname, '..');
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-backup-test-'));
const driver = inject('testDriver');
const TIMEOUT = 180_000;

type Run = { code: number; stdout: string; stderr: string };

/** Runs a script (or `npm run`) with only the database variables given, as a fresh shell would. */
async function run(command: string[], dbEnv: Record<string, string>, cwd = repo): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...dbEnv };
  for (const name of ['DATABASE_URL', 'POSTGRES_URL', 'PGLITE_DIR'] as const) if (!(name in dbEnv)) delete env[name];
  try {
    const { stdout, stderr } = await promisify(execFile)(command[0]!, command.slice(1), { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const script = (name: 'db-backup' | 'db-restore', ...args: string[]) => [tsx, path.join(repo, 'scripts', `${name}.ts`), ...args];

type Query = (text: string) => Promise<Record<string, unknown>[]>;

/** Everything a restore must bring back, as comparable text. */
async function fingerprint(query: Query): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const tables = await query(
    `select table_schema as s, table_name as t from information_schema.tables
      where table_type = 'BASE TABLE' and (table_schema = 'public' or (table_schema = 'drizzle' and table_name = '__drizzle_migrations'))
      order by 1, 2`,
  );
  for (const { s, t } of tables) {
    const [row] = await query(
      `select count(*)::int as n, md5(coalesce(string_agg(x::text, '' order by x::text), '')) as sum from "${s}"."${t}" x`,
    );
    out[`table ${s}.${t}`] = `${row!.n} rows, md5 ${row!.sum}`;
  }
  // Each query yields one text per object; they are sorted and joined here.
  const extras: Record<string, string> = {
    sequences: `select schemaname || '.' || sequencename || '=' || coalesce(last_value::text, 'null') as v
                  from pg_sequences where schemaname in ('public', 'drizzle')`,
    triggers: `select tgrelid::regclass::text || '.' || tgname || ':' || tgenabled::text as v from pg_trigger where not tgisinternal`,
    // Effective privileges: a NULL acl (the default) and the default written out are the same thing.
    privileges: `select c.oid::regclass::text || ':' || coalesce(nullif(a.grantee::regrole::text, '-'), 'PUBLIC') || ':' || a.privilege_type as v
                   from pg_class c
                   cross join lateral aclexplode(coalesce(c.relacl, acldefault(case when c.relkind = 'S' then 's' else 'r' end::"char", c.relowner))) a
                  where c.relnamespace in ('public'::regnamespace, 'drizzle'::regnamespace) and c.relkind in ('r', 'S', 'v')`,
    schemas: `select nspname || ':' || coalesce(nspacl::text, 'default') as v from pg_namespace where nspname in ('public', 'drizzle')`,
  };
  for (const [name, text] of Object.entries(extras)) out[name] = (await query(text)).map((row) => String(row.v)).sort().join(',');
  return out;
}

// The audit key the seed wrote with (AUDIT_KEY, or the key file of a run without it): the same on both sides.
const auditKey = auditKeyFromEnv(process.env, { create: false });

/** The fingerprint and the audit chain's verdict; a restored copy is also held to the source's anchor. */
async function inspect(query: Query, db: Db, anchor?: AuditAnchor | null) {
  const audit = await verifyAuditChain(db, { key: auditKey, anchor: anchor ?? undefined });
  return { fingerprint: await fingerprint(query), audit };
}
type Inspection = Awaited<ReturnType<typeof inspect>>;
const anchorOf = (source: Inspection) => (source.audit.ok ? source.audit.last : null);

function expectIdentical(target: Inspection, source: Inspection) {
  expect(Object.keys(source.fingerprint).filter((k) => k.startsWith('table ')).length).toBeGreaterThan(10);
  expect(source.fingerprint['table public.audit_log']).not.toMatch(/^0 rows/);
  expect(target.fingerprint).toEqual(source.fingerprint);
  expect(source.audit).toMatchObject({ ok: true, last: { id: expect.any(String) } });
  expect(target.audit).toEqual(source.audit);
}

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.runIf(driver === 'pglite')('backup and restore of the embedded database', () => {
  const source = path.join(work, 'source');
  let seeded: Blob;

  async function openDir(dir: string, anchor?: AuditAnchor | null) {
    const client = await PGlite.create(dir);
    const database = await pgliteDatabase(client);
    try {
      return await inspect(async (text) => (await client.query<Record<string, unknown>>(text)).rows, database.db, anchor);
    } finally {
      await database.close();
    }
  }
  /** Every file's path and content: a refused restore must leave the data directory byte for byte. */
  function treeDigest(dir: string): string {
    const hash = createHash('sha256');
    for (const file of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
      const full = path.join(dir, file);
      if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
    }
    return hash.digest('hex');
  }
  async function makeDir(dir: string, snapshot: Blob) {
    fs.mkdirSync(dir, { mode: 0o700 });
    await (await PGlite.create({ dataDir: dir, loadDataDir: snapshot })).close();
  }

  let before: Inspection;
  let backup: string;
  beforeAll(async () => {
    seeded = new Blob([fs.readFileSync(inject('pgliteSnapshots').seeded)]);
    await makeDir(source, seeded);
    before = await openDir(source);
  }, TIMEOUT);

  it('writes backups/gongshi-pglite-<UTC time>.tar.gz, mode 0600, and says where and how big', async () => {
    const cwd = path.join(work, 'operator');
    fs.mkdirSync(cwd);
    const result = await run(script('db-backup'), { PGLITE_DIR: source }, cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [name] = fs.readdirSync(path.join(cwd, 'backups'));
    expect(name).toMatch(/^gongshi-pglite-\d{8}T\d{6}Z\.tar\.gz$/);
    backup = path.join(cwd, 'backups', name!);
    expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(cwd, 'backups')).mode & 0o777).toBe(0o700);
    expect(result.stdout).toContain(`backups/${name}`);
    expect(result.stdout).toContain(`${fs.statSync(backup).size} bytes`);
    expect(fs.existsSync(`${source}.lock`)).toBe(false);
  }, TIMEOUT);

  it('restores into a new directory, identical, audit chain intact, files private', async () => {
    const target = path.join(work, 'restored');
    const result = await run(['npm', 'run', '--silent', 'db:restore', '--', backup], { PGLITE_DIR: target });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.statSync(target).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(target, 'PG_VERSION')).mode & 0o777).toBe(0o600);
    expectIdentical(await openDir(target, anchorOf(before)), before);
  }, TIMEOUT);

  it('refuses a directory that holds a database unless --force, then replaces it', async () => {
    const target = path.join(work, 'occupied');
    await makeDir(target, new Blob([fs.readFileSync(inject('pgliteSnapshots').empty)]));
    const filesBefore = treeDigest(target);

    const refused = await run(script('db-restore', backup), { PGLITE_DIR: target });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^db:restore: .* is not empty; pass --force/)]);
    expect(treeDigest(target)).toBe(filesBefore); // not a byte of the data directory changed

    const forced = await run(script('db-restore', backup, '--force'), { PGLITE_DIR: target });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expectIdentical(await openDir(target, anchorOf(before)), before);
    expect(fs.readdirSync(work).filter((f) => f.startsWith('occupied.'))).toEqual([]); // the old copy is gone
  }, TIMEOUT);

  it('refuses bad input in one line and writes nothing', async () => {
    const target = path.join(work, 'never');
    const notABackup = path.join(work, 'notes.txt');
    fs.writeFileSync(notABackup, 'hello');
    const pgDump = path.join(work, 'server.dump');
    fs.writeFileSync(pgDump, 'PGDMP\x01\x0f\x00');
    const cases: [string[], RegExp][] = [
      [script('db-restore', path.join(work, 'missing.tar.gz')), /no such backup file/],
      [script('db-restore', notABackup), /is not a Gongshi backup/],
      [script('db-restore', pgDump), /is a PostgreSQL backup .* but the target is the embedded database/],
      [script('db-restore'), /Usage: npm run db:restore/],
    ];
    for (const [command, message] of cases) {
      const result = await run(command, { PGLITE_DIR: target });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
      expect(fs.existsSync(target)).toBe(false);
    }
  }, TIMEOUT);

  it('refuses to back up while a server holds the database', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      fs.writeFileSync(`${source}.lock`, String(holder.pid));
      const out = path.join(work, 'held.tar.gz');
      const result = await run(script('db-backup', '--out', out), { PGLITE_DIR: source });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/in use by process/)]);
      expect(fs.readdirSync(work).filter((f) => f.startsWith('held.'))).toEqual([]);
    } finally {
      holder.kill();
      fs.rmSync(`${source}.lock`, { force: true });
    }
  }, TIMEOUT);
});

describe.runIf(driver !== 'pglite')('backup and restore of a PostgreSQL database', () => {
  const templates = inject('pgTemplates');
  const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const names = { source: `gongshi_bk_src_${suffix}`, fresh: `gongshi_bk_new_${suffix}`, occupied: `gongshi_bk_old_${suffix}` };
  // The roles of db/roles.sql: backups and restores run as the owner; the runtime role's narrow
  // grants must come back exactly, although the target's default privileges would widen them.
  const roles = { owner: `gongshi_bk_owner_${suffix}`, runtime: `gongshi_bk_app_${suffix}` };
  const password = 'backup-test-password';
  const adminUrlOf = (name: string) => withDatabaseName(templates.admin, name);
  const urlOf = (name: string) => {
    const url = new URL(adminUrlOf(name));
    url.username = roles.owner;
    url.password = password;
    return url.toString();
  };
  // The vercel run reaches the same server through POSTGRES_URL, which the scripts prefer.
  const envFor = (name: string): Record<string, string> => (driver === 'vercel' ? { POSTGRES_URL: urlOf(name) } : { DATABASE_URL: urlOf(name) });
  let admin: pg.Client;

  async function inspectDb(name: string, anchor?: AuditAnchor | null) {
    const client = new pg.Client({ connectionString: adminUrlOf(name) });
    await client.connect();
    try {
      return await inspect(async (text) => (await client.query(text)).rows, drizzle(client) as unknown as Db, anchor);
    } finally {
      await client.end();
    }
  }
  const applyRoles = (name: string) =>
    promisify(execFile)('psql', [
      adminUrlOf(name), '-X', '-f', path.join(repo, 'db', 'roles.sql'),
      '-v', `owner=${roles.owner}`, '-v', `owner_password=${password}`, '-v', `runtime=${roles.runtime}`, '-v', `runtime_password=${password}`,
    ]);

  let before: Inspection;
  const backup = path.join(work, 'source.dump');
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: templates.admin });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${names.source} TEMPLATE ${templates.seeded}`);
    await admin.query(`CREATE DATABASE ${names.fresh}`);
    await admin.query(`CREATE DATABASE ${names.occupied} TEMPLATE ${templates.empty}`);
    for (const name of Object.values(names)) await applyRoles(name);
    before = await inspectDb(names.source);
  }, TIMEOUT);

  afterAll(async () => {
    for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    for (const role of Object.values(roles)) await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  it('writes a pg_dump custom archive, mode 0600, and says where and how big', async () => {
    const result = await run(['npm', 'run', '--silent', 'db:backup', '--', '--out', backup], envFor(names.source));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.readFileSync(backup).subarray(0, 5).toString()).toBe('PGDMP');
    expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
    expect(result.stdout).toContain(backup);
    expect(result.stdout).toContain(`${fs.statSync(backup).size} bytes`);
    const grants = (table: string) =>
      before.fingerprint.privileges!.split(',').filter((p) => p.startsWith(`${table}:${roles.runtime}:`)).sort();
    expect(grants('audit_log')).toEqual([`audit_log:${roles.runtime}:INSERT`, `audit_log:${roles.runtime}:SELECT`]);
    expect(grants('households')).toHaveLength(4);
  }, TIMEOUT);

  it('restores into a new database, identical, privileges exactly as backed up, audit chain intact', async () => {
    const result = await run(['npm', 'run', '--silent', 'db:restore', '--', backup], envFor(names.fresh));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectIdentical(await inspectDb(names.fresh, anchorOf(before)), before);
  }, TIMEOUT);

  it('refuses a database that holds tables unless --force, then replaces its contents', async () => {
    const emptyBefore = await inspectDb(names.occupied);
    const refused = await run(script('db-restore', backup), envFor(names.occupied));
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^db:restore: PostgreSQL at .* is not empty .* pass --force/)]);
    expect(await inspectDb(names.occupied)).toEqual(emptyBefore);

    const forced = await run(script('db-restore', backup, '--force'), envFor(names.occupied));
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expectIdentical(await inspectDb(names.occupied, anchorOf(before)), before);
  }, TIMEOUT);

  it('a damaged archive changes nothing, even with --force', async () => {
    const damaged = path.join(work, 'damaged.dump');
    fs.writeFileSync(damaged, fs.readFileSync(backup).subarray(0, Math.floor(fs.statSync(backup).size * 0.7)));
    const result = await run(script('db-restore', damaged, '--force'), envFor(names.occupied));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^db:restore: pg_restore: error/)]);
    expectIdentical(await inspectDb(names.occupied, anchorOf(before)), before);
  }, TIMEOUT);

  it('refuses bad input in one line and writes nothing', async () => {
    // The head of what PGlite's dumpDataDir writes: a gzipped ustar archive starting with /PG_VERSION.
    const header = Buffer.alloc(1024);
    header.write('/PG_VERSION', 0);
    header.write('ustar', 257);
    const pgliteBackup = path.join(work, 'embedded.tar.gz');
    fs.writeFileSync(pgliteBackup, zlib.gzipSync(header));
    const unreachable = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' };
    const out = path.join(work, 'unreachable.dump');
    const cases: [string[], Record<string, string>, RegExp][] = [
      [script('db-restore', path.join(work, 'missing.dump')), envFor(names.fresh), /no such backup file/],
      [script('db-restore', pgliteBackup), envFor(names.fresh), /is an embedded-database backup .* but the target is PostgreSQL/],
      [script('db-restore', backup), unreachable, /cannot reach PostgreSQL at 127\.0\.0\.1:1\/nowhere/],
      [script('db-backup', '--out', out), unreachable, /pg_dump: error: .*127\.0\.0\.1.*port 1 failed/],
      [script('db-backup', '--out', backup), envFor(names.source), /already exists/],
    ];
    for (const [command, env, message] of cases) {
      const result = await run(command, env);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    }
    expect(fs.readdirSync(work).filter((f) => f.startsWith('unreachable'))).toEqual([]);
  }, TIMEOUT);
});
