// npm run setup, run for real in a child process: on a fresh embedded directory, and (when the suite
// runs on PostgreSQL) on a fresh PostgreSQL database; then every refusal writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, queryRows, type Db } from '@/db/client';
import { readRegionFile } from '@/db/regions/load';
import { verifyAuditChain } from '@/lib/audit/verify';
import { checkCredentials } from '@/lib/auth/credentials';
import { chinaDateString } from '@/lib/domain/time';
import { withDatabaseName } from '@/test/database-url';
import { cleanEnv, runTsx } from '@/test/run-script';

const AUDIT_KEY = 'the-audit-key-the-server-will-use-2026';
const setup = (args: string[], env: Record<string, string>) => runTsx(['scripts/setup.ts', ...args], cleanEnv({ AUDIT_KEY, ...env }));
const thisYear = Number(chinaDateString(new Date()).slice(0, 4));
const regionRows = readRegionFile('220800').rows.length;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-setup-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The one-time password the script printed (its own line, indented). */
function printedPassword(stdout: string): string {
  const match = /^ {2}(\S+)$/m.exec(stdout);
  if (!match) throw new Error(`no password in:\n${stdout}`);
  return match[1]!;
}

async function snapshot(db: Db) {
  const [counts] = await queryRows<{ regions: number; officials: number; audit: number; programmes: number }>(
    db,
    sql`select (select count(*) from regions)::int as regions, (select count(*) from officials)::int as officials,
               (select count(*) from audit_log)::int as audit, (select count(*) from programmes)::int as programmes`,
  );
  return counts!;
}

async function expectSetUp(db: Db, password: string, expected: { admin: string; target: number; start: number; end: number; threshold: number; days: number }) {
  expect(await snapshot(db)).toEqual({ regions: regionRows, officials: 1, audit: 3, programmes: 1 });
  const [programme] = await queryRows<Record<string, unknown>>(
    db,
    sql`select name, city_code, start_year, end_year, target_households, income_threshold, notice_days from programmes`,
  );
  expect(programme).toEqual({
    name: '白城市农村基层党组织助残扶贫工程',
    city_code: '220800',
    start_year: expected.start,
    end_year: expected.end,
    target_households: expected.target,
    income_threshold: expected.threshold,
    notice_days: expected.days,
  });
  const [admin] = await queryRows<Record<string, unknown>>(
    db,
    sql`select username, role, region_code, must_change_password, is_demo, active from officials`,
  );
  expect(admin).toEqual({ username: expected.admin, role: 'admin', region_code: '220800', must_change_password: true, is_demo: false, active: true });
  // Nothing in the audit rows holds the printed password; all three are the system's.
  const audit = await queryRows<{ action: string; official_id: number | null; text: string }>(
    db,
    sql`select action, official_id, summary::text as text from audit_log order by id`,
  );
  expect(audit.map((a) => [a.action, a.official_id])).toEqual([
    ['regions.load', null],
    ['programme.create', null],
    ['official.create', null],
  ]);
  for (const a of audit) expect(a.text).not.toContain(password);
  // Chained with the key the server will use.
  expect(await verifyAuditChain(db, { key: Buffer.from(AUDIT_KEY, 'utf8') })).toMatchObject({ ok: true, rows: 3 });
  // The printed password signs in (after the checks above: the sign-in adds its own audit row).
  expect(await checkCredentials(db, { username: expected.admin, password, ip: '10.7.0.1' }, new Date())).toMatchObject({ ok: true });
}

describe('npm run setup on the embedded database', () => {
  const dir = path.join(work, 'pglite');

  it('migrates, loads 白城市, stores the default settings and creates admin with a one-time password', async () => {
    const run = await setup([], { PGLITE_DIR: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const password = printedPassword(run.stdout);
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    // The data directory is the server user's alone.
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const loose = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => {
      const stat = fs.statSync(path.join(dir, f));
      return (stat.mode & 0o777) !== (stat.isDirectory() ? 0o700 : 0o600);
    });
    expect(loose).toEqual([]);
    const database = await openDatabase({ PGLITE_DIR: dir });
    try {
      await expectSetUp(database.db, password, { admin: 'admin', target: 550, start: thisYear, end: thisYear + 4, threshold: 2800, days: 7 });
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses the same directory a second time, in one line, and changes nothing', async () => {
    const run = await setup(['--admin', 'second'], { PGLITE_DIR: dir });
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^setup: Refusing to set up .*already holds data/)]);
    expect(run.stdout).toBe('');
    const database = await openDatabase({ PGLITE_DIR: dir });
    try {
      expect(await snapshot(database.db)).toEqual({ regions: regionRows, officials: 1, audit: 4, programmes: 1 }); // 3 + the sign-in above
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses a city without a data file and bad flags before creating anything', async () => {
    const fresh = path.join(work, 'never');
    const runs = [
      await setup(['--city', '110100'], { PGLITE_DIR: fresh }),
      await setup(['--end-year', '2020', '--start-year', '2026'], { PGLITE_DIR: fresh }),
      await setup(['--notice-days', '3'], { PGLITE_DIR: fresh }),
      await setup(['--admin', 'Bad Name!'], { PGLITE_DIR: fresh }),
      await setup(['--colour', 'red'], { PGLITE_DIR: fresh }),
      await setup([], { PGLITE_DIR: fresh, AUDIT_KEY: '' }),
    ];
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(runs.map((r) => r.stderr.trim().split('\n').length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(runs[5]!.stderr).toMatch(/^setup: AUDIT_KEY is not set/);
    expect(runs[0]!.stderr).toContain('No region file for 110100');
    expect(runs[1]!.stderr).toContain('--end-year 不能早于 --start-year');
    expect(runs[2]!.stderr).toContain('--notice-days 应在 7 到 60 天之间');
    expect(runs[3]!.stderr).toContain('--admin 用户名只能用小写英文字母');
    expect(fs.existsSync(fresh)).toBe(false);
  }, 120_000);
});

const adminUrl = inject('pgTemplates').admin;

describe.runIf(adminUrl)('npm run setup on PostgreSQL', () => {
  const name = `gongshi_setup_${process.pid}_${Date.now()}`;
  const url = adminUrl ? withDatabaseName(adminUrl, name) : '';
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('sets up an empty database with the settings from the flags', async () => {
    await admin(`CREATE DATABASE ${name}`);
    const flags = ['--admin', 'chief', '--target', '600', '--start-year', '2027', '--end-year', '2029', '--income-threshold', '3000', '--notice-days', '10'];
    const run = await setup(flags, { DATABASE_URL: url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const database = await openDatabase({ DATABASE_URL: url });
    try {
      await expectSetUp(database.db, printedPassword(run.stdout), { admin: 'chief', target: 600, start: 2027, end: 2029, threshold: 3000, days: 10 });
      const again = await setup([], { DATABASE_URL: url });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^setup: Refusing to set up pg at .*already holds data/);
      expect(await snapshot(database.db)).toEqual({ regions: regionRows, officials: 1, audit: 4, programmes: 1 }); // 3 + the sign-in above
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses a database it cannot reach, in one line', async () => {
    const run = await setup([], { DATABASE_URL: withDatabaseName(adminUrl, `${name}_missing`) });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^setup: Cannot open pg at .*does not exist/)]);
  }, 120_000);
});
