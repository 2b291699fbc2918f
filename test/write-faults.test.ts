// Writes during faults (issue 12, items 3 and 4): officials' writes whose connection is cut at a chosen
// moment (test/tcp-proxy.ts), or whose server is stopped mid-write (a private cluster, never the shared
// server). Each checks the answer the user got (a clear Chinese message, nothing technical, no crash),
// reads the database directly (not through the proxy) for the whole write with its audit row or nothing
// of it, and then writes again through the same database object (the pool recovers by itself).
//
// PostgreSQL mode only: PGlite runs inside the test process, so there is no connection to cut and no
// server to stop; the Vercel driver (Neon's WebSocket client) is not what a PostgreSQL server runs.
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setProcessDatabase } from '@/db';
import { openDatabase, queryRows, type Database, type Db } from '@/db/client';
import { loadRegions, readRegionFile } from '@/db/regions/load';
import { outageMessage, type ActionResult } from '@/lib/actions/core';
import { decideApproval } from '@/lib/actions/approvals';
import { closeNotice, createDraft, publishNotice } from '@/lib/actions/notices';
import { recordObjection } from '@/lib/actions/objections';
import { submitSummary } from '@/lib/actions/summaries';
import type { Official } from '@/lib/auth/official';
import { officials, programmes } from '@/db/schema';
import { DEMO_TOTP_SECRET } from '@/lib/auth/two-factor';
import { countRows, createPassedHousehold } from './approvals';
import { openTestDatabase, type TestDatabase } from './database';
import { officialNamed } from './officials';
import { postgresBin, startPrivateCluster, type PrivateCluster } from './private-postgres';
import { startTcpProxy, type Moment, type TcpProxy } from './tcp-proxy';

const driver = inject('testDriver');
const bin = postgresBin();
const VILLAGE = '220802100201'; // 平安村委会 (village-a)
const DAY = 24 * 60 * 60 * 1000;
const MOMENTS: Moment[] = ['begin', 'first-write', 'audit', 'commit'];
const SUMMARY_NOW = new Date('2027-07-01T02:00:00Z'); // 2027 has begun: every county's 2027 report is open
// The app's pool is smaller than the number of cuts at BEGIN (one per write), so a connection that the
// pool kept after losing it (db/pool-healing.ts) would starve the later writes.
const APP_POOL_SIZE = '2';
const APP_NAME = 'gongshi-fault-app';

/** The app's database (through the proxy) and a direct one for looking, on one server. */
type Site = { app: Db; direct: Db; now: Date; village: Official };

/** One write: `prepare` makes what it needs through the app's database; `parts` are read directly. */
type WriteCase = {
  name: string;
  audit: string;
  prepare(site: Site): Promise<{ run(): Promise<ActionResult>; parts(): Promise<Record<string, boolean>> }>;
};

const count = (db: Db, query: SQL) => countRows(db, query);

async function addHousehold(site: Site): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    site.app,
    sql`insert into households (programme_id, year, village_code, village_group, masked_name, sex, age,
      disability_category, disability_grade, household_size, disabled_members, income_per_capita)
    values (1, 2026, ${VILLAGE}, '三组', '故*户', 'M', 51, 4, 3, 3, 1, 1500) returning id`,
  );
  return row!.id;
}

async function draft(site: Site, householdId: number, at: Date): Promise<number> {
  const result = await createDraft.run(
    site.village,
    {
      villageCode: VILLAGE,
      year: '2026',
      title: '平安村2026年度帮扶对象拟定名单公示（故障测试）',
      issuingBody: '平安村党支部',
      body: '现将拟定名单予以公示。',
      objectionPhone: '0436-1234567',
      objectionPlace: '平安村村委会办公室',
      householdIds: [householdId],
    },
    at,
  );
  if (!result.ok) throw new Error(`draft refused: ${result.message}`);
  return result.value.id;
}

async function published(site: Site, at: Date): Promise<{ noticeId: number; householdId: number }> {
  const householdId = await addHousehold(site);
  const noticeId = await draft(site, householdId, at);
  const result = await publishNotice.run(site.village, { id: noticeId }, at);
  if (!result.ok) throw new Error(`publish refused: ${result.message}`);
  return { noticeId, householdId };
}

/** A county DPF account of `county`, enrolled in two-factor sign-in as its role requires. */
async function countyOfficial(db: Db, county: string): Promise<Official> {
  const username = `fault-county-${county}-${Math.random().toString(36).slice(2, 8)}`;
  await db.insert(officials).values({ username, passwordHash: 'not-a-hash', displayName: '故障测试', role: 'county_dpf', regionCode: county, totpSecret: DEMO_TOTP_SECRET });
  return officialNamed(db, username);
}

/**
 * What recording an objection needs, and no more (the demo seed takes many seconds): the city's regions,
 * a programme (id 1) and the village's official. The notice and its household are made by the case.
 */
async function seedMinimal(db: Db, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await loadRegions(tx, readRegionFile('220800'), now);
    await tx.insert(programmes).values({ name: '故障测试工程', cityCode: '220800', startYear: 2025, endYear: 2027, targetHouseholds: 10, incomeThreshold: 2800, noticeDays: 7, minNoticeDays: 7 });
    await tx.insert(officials).values({ username: 'fault-village', passwordHash: 'not-a-hash', displayName: '故障测试', role: 'village', regionCode: VILLAGE });
  });
}

const statusIs = async (db: Db, table: 'notices' | 'households', id: number, status: string) =>
  (await count(db, sql`select count(*) as n from ${sql.raw(table)} where id = ${id} and status = ${status}`)) === 1;

// County-years a summary may be submitted for: each case takes one no submission has used yet.
let summaryCounties: string[] = [];
const summaryUsed = new Set<string>();

const CASES: WriteCase[] = [
  {
    name: 'publishing a notice',
    audit: 'notice.publish',
    async prepare(site) {
      const householdId = await addHousehold(site);
      const noticeId = await draft(site, householdId, site.now);
      return {
        run: () => publishNotice.run(site.village, { id: noticeId }, site.now),
        parts: async () => ({
          published: await statusIs(site.direct, 'notices', noticeId, 'published'),
          listed: await statusIs(site.direct, 'households', householdId, 'listed'),
        }),
      };
    },
  },
  {
    name: 'recording an objection',
    audit: 'objection.record',
    async prepare(site) {
      const { noticeId } = await published(site, site.now);
      return {
        run: () =>
          recordObjection.run(site.village, { noticeId, channel: 'phone', about: 'notice', summary: '评定程序不合规（故障测试）' }, new Date(site.now.getTime() + 3_600_000)),
        parts: async () => ({
          objection: (await count(site.direct, sql`select count(*) as n from objections where notice_id = ${noticeId}`)) === 1,
          private: (await count(site.direct, sql`select count(*) as n from objection_private p join objections o on o.id = p.objection_id where o.notice_id = ${noticeId}`)) === 1,
        }),
      };
    },
  },
  {
    name: 'closing a notice',
    audit: 'notice.close',
    async prepare(site) {
      const { noticeId, householdId } = await published(site, new Date(site.now.getTime() - 30 * DAY));
      return {
        run: () => closeNotice.run(site.village, { id: noticeId }, site.now),
        parts: async () => ({
          closed: await statusIs(site.direct, 'notices', noticeId, 'closed'),
          outcome: (await count(site.direct, sql`select count(*) as n from notice_entries where notice_id = ${noticeId} and outcome = 'passed'`)) === 1,
          household: await statusIs(site.direct, 'households', householdId, 'passed'),
        }),
      };
    },
  },
  {
    name: 'an approval step',
    audit: 'approval.decide',
    async prepare(site) {
      const household = await createPassedHousehold(site.app, VILLAGE, site.now);
      return {
        run: () => decideApproval.run(site.village, { householdId: household.id, decision: 'agree', opinion: '同意（故障测试）' }, site.now),
        parts: async () => ({
          approval: (await count(site.direct, sql`select count(*) as n from approvals where household_id = ${household.id}`)) === 1,
        }),
      };
    },
  },
  {
    name: 'a summary submission',
    audit: 'summary.submit',
    async prepare(site) {
      const [programme] = await queryRows<{ id: number }>(site.app, sql`select id from programmes order by id desc limit 1`);
      let key: [string, number] | undefined;
      for (const year of [2027, 2026]) {
        for (const county of summaryCounties) {
          const taken = await count(site.app, sql`select count(*) as n from annual_summaries where county_code = ${county} and year = ${year} and status = 'submitted'`);
          if (!taken && !summaryUsed.has(`${county}/${year}`) && !key) key = [county, year];
        }
      }
      if (!key) throw new Error('no county-year left to submit');
      const [county, year] = key;
      summaryUsed.add(`${county}/${year}`);
      const official = await countyOfficial(site.app, county);
      const text = '本年度落实结对帮扶，组织技术培训，发放小额贷款和残联资助，帮扶对象收入有所增加。下一步继续开展定期回访，巩固帮扶成果。';
      return {
        run: () =>
          submitSummary.run(official, { programmeId: String(programme!.id), countyCode: county, year: String(year), notes: '', summary: text, confirm: 'yes' }, SUMMARY_NOW),
        parts: async () => ({
          submitted: (await count(site.direct, sql`select count(*) as n from annual_summaries where county_code = ${county} and year = ${year} and status = 'submitted'`)) === 1,
        }),
      };
    },
  },
];

/** The answer a write gives after a fault: the outage message, nothing technical, never success. */
function expectOutageAnswer(result: ActionResult): void {
  expect(result).toEqual({ ok: false, message: outageMessage, fieldErrors: {}, refused: 'outage' });
  expect(outageMessage).toMatch(/刷新页面，确认是否已经保存/);
  expect(JSON.stringify(result)).not.toMatch(/select|insert|commit|postgres|127\.0\.0\.1|ECONN|terminated|\bat\s/i);
}

/**
 * Waits until the server has finished with the app's cut connections: a COMMIT that left before the cut
 * may still be running when the client hears of the cut, and the database is read only after it.
 */
async function appConnectionsGone(direct: Db): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const n = await count(direct, sql`select count(*) as n from pg_stat_activity where application_name = ${APP_NAME}`);
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the cut connections are still open on the server');
}

/** The app's database through the proxy: a small pool, named so that its server sessions can be found. */
async function openApp(url: string, proxyPort: number): Promise<Database> {
  const u = new URL(url);
  u.host = `127.0.0.1:${proxyPort}`;
  u.searchParams.set('application_name', APP_NAME);
  const saved = process.env.DATABASE_POOL_SIZE;
  process.env.DATABASE_POOL_SIZE = APP_POOL_SIZE;
  try {
    return await openDatabase({ DATABASE_URL: u.toString() }, { migrations: 'skip' });
  } finally {
    if (saved === undefined) delete process.env.DATABASE_POOL_SIZE;
    else process.env.DATABASE_POOL_SIZE = saved;
  }
}

type Write = Awaited<ReturnType<WriteCase['prepare']>>;

/** Runs a prepared write with the proxy armed at `moment`; returns whether the write landed. */
async function faulted(site: Site, proxy: TcpProxy, c: WriteCase, write: Write, moment: Moment): Promise<boolean> {
  const auditsBefore = await count(site.direct, sql`select count(*) as n from audit_log where action = ${c.audit}`);
  let fired = false;
  const cut = proxy.cutAt(moment).then(() => (fired = true));
  const result = await write.run();
  proxy.disarm();
  void cut;
  expect(fired, `${c.name}: the proxy never reached ${moment}`).toBe(true);
  expectOutageAnswer(result);
  await appConnectionsGone(site.direct);
  const audited = (await count(site.direct, sql`select count(*) as n from audit_log where action = ${c.audit}`)) - auditsBefore;
  const parts = { ...(await write.parts()), audit: audited === 1 };
  expect(audited).toBeLessThanOrEqual(1);
  const landed = Object.values(parts).every(Boolean);
  // Whole (every part, the audit row included) or nothing: never a part, never an audit row alone.
  expect(landed || Object.values(parts).every((p) => !p), `${c.name} at ${moment}: ${JSON.stringify(parts)}`).toBe(true);
  // Only a cut after COMMIT left may find the write done.
  if (moment !== 'commit') expect(landed, `${c.name} at ${moment}`).toBe(false);
  return landed;
}

/** The next write through the same database object succeeds: the pool replaced the cut connections. */
async function expectWriteSucceeds(write: Write): Promise<void> {
  const result = await write.run();
  expect(result.ok, result.message).toBe(true);
  expect(Object.values(await write.parts()).every(Boolean)).toBe(true);
}

describe.skipIf(driver !== 'pg')('writes whose connection is cut (PostgreSQL only: PGlite has no connection to cut)', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let app: Database;
  let site: Site;

  beforeAll(async () => {
    database = await openTestDatabase('seeded');
    const url = (database.db as unknown as { $client: { options: { connectionString: string } } }).$client.options.connectionString;
    const { hostname, port } = new URL(url);
    proxy = await startTcpProxy({ host: hostname, port: Number(port || 5432) });
    app = await openApp(url, proxy.port);
    setProcessDatabase(app);
    site = { app: app.db, direct: database.db, now: database.seededAt, village: await officialNamed(database.db, 'village-a') };
    summaryCounties = (await queryRows<{ code: string }>(database.db, sql`select code from regions where level = 'county' order by code`)).map((r) => r.code);
  });

  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await database?.close();
  });

  for (const c of CASES) {
    it(`${c.name}: a cut before the transaction, inside it, before its audit row or at COMMIT leaves all of it or nothing`, async () => {
      // A write that left nothing is tried again at the next moment, as its user would; only a cut at
      // COMMIT may leave it done, and then the next write needs a fresh target.
      let write = await c.prepare(site);
      for (const moment of MOMENTS) {
        if (await faulted(site, proxy, c, write, moment)) write = await c.prepare(site);
      }
      await expectWriteSucceeds(write);
    });
  }
});

describe.skipIf(driver !== 'pg' || !bin)('a write while the server stops and starts again (a private cluster: never the shared server)', () => {
  let cluster: PrivateCluster;
  let proxy: TcpProxy;
  let app: Database;
  let direct: Database;
  let site: Site;

  beforeAll(async () => {
    cluster = await startPrivateCluster(bin!);
    direct = await openDatabase({ DATABASE_URL: cluster.url }); // migrates
    const now = new Date();
    await seedMinimal(direct.db, now);
    proxy = await startTcpProxy({ host: '127.0.0.1', port: cluster.port });
    app = await openApp(cluster.url, proxy.port);
    setProcessDatabase(app);
    site = { app: app.db, direct: direct.db, now, village: await officialNamed(direct.db, 'fault-village') };
  });

  afterAll(async () => {
    await app?.close();
    await direct?.close();
    await proxy?.close();
    await cluster?.destroy();
  });

  it('answers clearly when the server stops mid-write and while it is down, leaves nothing, and writes once it is back', async () => {
    const c = CASES[1]!; // recording an objection
    const write = await c.prepare(site);
    const auditsBefore = await count(direct.db, sql`select count(*) as n from audit_log where action = ${c.audit}`);
    // Stop the server after the objection row went in, before its private row and audit row.
    const stopped = proxy.pauseAt('first-write', () => cluster.stop());
    const result = await write.run();
    await stopped;
    expectOutageAnswer(result);

    // While it is down, a write is answered the same way (the pool cannot connect).
    const whileDown = await recordObjection.run(site.village, { noticeId: 1, channel: 'phone', about: 'notice', summary: '停机时提交' }, site.now);
    expectOutageAnswer(whileDown);

    await cluster.start();
    await appConnectionsGone(direct.db);
    const parts = await write.parts();
    expect(parts).toEqual({ objection: false, private: false });
    expect(await count(direct.db, sql`select count(*) as n from audit_log where action = ${c.audit}`)).toBe(auditsBefore);
    // The same write through the same app database object, not re-opened.
    await expectWriteSucceeds(write);
  });
});
