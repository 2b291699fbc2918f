// The authorization matrix: every official action, for every demo role, on a target inside the
// 洮北区 village of village-a (平安村委会) and on one in another county (镇赉县). Each attempt goes through
// the action's full path (zod parse, permission, region of the target read in the transaction, domain
// rule, write, audit); only the session cookie is replaced by the real account row it would carry.
// Expected outcome = the permission module's `can(official, action, region)`: an allowed attempt must
// succeed (on its own fresh copy of the demo data), a refused one must say role or region and leave
// no trace.
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setProcessDatabase } from '@/db';
import { queryRows, type Db } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { chinaDateString, makeResidentId } from '@/lib/domain';
import { can } from '@/lib/domain/permissions';
import { openTestDatabase, type TestDatabase } from '@/test/database';
import { officialNamed } from '@/test/officials';
import { registerHousehold, updateHousehold } from './households';
import { closeNotice, correctNotice, createDraft, deleteDraft, publishNotice, updateDraft, withdrawNotice } from './notices';
import { investigateObjection, recordObjection, resolveObjection } from './objections';
import type { ActionResult } from './core';

const ACCOUNTS = ['admin', 'city', 'county-dpf', 'county-org', 'township-party', 'township-dpf', 'village-a', 'village-b'];
const INSIDE = '220802100201'; // 平安村委会, village-a's village
const OUTSIDE_COUNTY = '220821'; // 镇赉县

type Target = {
  village: string;
  notice: number;
  endedNotice: number;
  draft: number;
  household: number;
  /** The household's own sizes: once registered they are counted from its members (migration 0017). */
  sizes: { householdSize: string; disabledMembers: string };
  registered: number[];
  objection: number;
};
type Runnable = { action: Parameters<typeof can>[1]; run(o: Official | null, input: Record<string, unknown>, now: Date): Promise<ActionResult> };
type Case = { name: string; spec: Runnable; input(t: Target): Record<string, unknown> };

const one = async <T>(db: Db, query: SQL) => (await queryRows<T>(db, query))[0]!;

/** Finds (or, for a draft, makes) what each action acts on in one village. */
async function targetIn(db: Db, villageCondition: SQL): Promise<Target> {
  const open = await one<{ id: number; village: string }>(db, sql`
    select id, village_code as village from notices
    where status = 'published' and period_ends_at > now() and ${villageCondition} order by id limit 1`);
  const village = open.village;
  const ended = await one<{ id: number }>(db, sql`
    select id from notices where status = 'published' and period_ends_at <= now() and left(village_code, 6) = ${village.slice(0, 6)} order by id limit 1`);
  const registered = await queryRows<{ id: number; household_size: number; disabled_members: number }>(db, sql`
    select id, household_size, disabled_members from households where status = 'registered' and year = 2026 and village_code = ${village} order by id`);
  const [objection] = await queryRows<{ id: number }>(db, sql`
    select o.id from objections o join notices n on n.id = o.notice_id
    where o.status in ('received', 'investigating') and n.status = 'published' and left(n.village_code, 6) = ${village.slice(0, 6)}
    order by (n.village_code = ${village}) desc, (n.period_ends_at > now()) desc, o.id limit 1`);
  // A draft of this village, made the way createDraft leaves one (entries may change while a draft).
  const draft = await one<{ id: number }>(db, sql`
    insert into notices (programme_id, year, village_code, title, issuing_body, body, objection_phone, objection_place)
    values (1, 2026, ${village}, '矩阵测试草稿', '村党支部', '', '0436-1234567', '村委会') returning id`);
  await db.execute(sql`
    insert into notice_entries (notice_id, household_id, position, masked_name, sex, age, disability_category,
      disability_grade, household_size, disabled_members, income_per_capita)
    select ${draft.id}, id, 1, masked_name, sex, age, disability_category, disability_grade, household_size,
      disabled_members, income_per_capita from households where id = ${registered[0]!.id}`);
  return {
    village,
    notice: open.id,
    endedNotice: ended.id,
    draft: draft.id,
    household: registered[1]!.id,
    sizes: { householdSize: String(registered[1]!.household_size), disabledMembers: String(registered[1]!.disabled_members) },
    registered: registered.slice(1, 3).map((r) => r.id),
    objection: objection!.id,
  };
}

function householdForm(village: string, age: number, sex: 'M' | 'F', seededAt: Date, sequence: number) {
  // Born on 1 January: `age` on any later day of this China year.
  const birth = `${Number(chinaDateString(seededAt).slice(0, 4)) - age}0101`;
  const id = makeResidentId(village.slice(0, 6), birth, sequence * 2 + (sex === 'M' ? 1 : 0));
  return {
    year: '2026',
    villageCode: village,
    villageGroup: '二组',
    fullName: '测试人',
    sex,
    ethnicity: '汉族',
    age: String(age),
    certificateNumber: `${id}42`,
    disabilityCategory: '4',
    disabilityGrade: '2',
    // The registrant able and willing to work: the household passes screening (issue 10).
    'm1.labourCapacity': 'full',
    'm1.willingToWork': 'yes',
    phone: '13800000000',
    incomePerCapita: '1800',
    address: '测试地址一号',
    employmentIntention: '养殖',
  };
}

let seededAt: Date;
const CASES: Case[] = [
  { name: 'register a household', spec: registerHousehold, input: (t) => householdForm(t.village, 40, 'M', seededAt, 321) },
  {
    name: 'edit a registered household',
    spec: updateHousehold,
    // Every other field changes; the sizes stay the household's own (they are edited on the members page).
    input: (t) => ({ ...householdForm(t.village, 41, 'F', seededAt, 322), ...t.sizes, householdId: String(t.household) }),
  },
  {
    name: 'draft a notice',
    spec: createDraft,
    input: (t) => ({
      villageCode: t.village,
      year: '2026',
      title: '矩阵测试公示',
      issuingBody: '村党支部',
      body: '公示内容',
      objectionPhone: '0436-1234567',
      objectionPlace: '村委会',
      householdIds: t.registered.map(String),
    }),
  },
  {
    name: 'edit a draft',
    spec: updateDraft,
    input: (t) => ({
      id: String(t.draft),
      title: '矩阵测试公示（修改）',
      issuingBody: '村党支部',
      body: '公示内容',
      objectionPhone: '0436-1234567',
      objectionPlace: '村委会',
      householdIds: t.registered.map(String),
    }),
  },
  { name: 'delete a draft', spec: deleteDraft, input: (t) => ({ id: String(t.draft) }) },
  { name: 'publish a draft', spec: publishNotice, input: (t) => ({ id: String(t.draft) }) },
  { name: 'withdraw an open notice', spec: withdrawNotice, input: (t) => ({ id: String(t.notice), reason: '名单信息有误，撤回后重新公示' }) },
  { name: 'issue a correction', spec: correctNotice, input: (t) => ({ id: String(t.notice) }) },
  { name: 'close a notice whose period ended', spec: closeNotice, input: (t) => ({ id: String(t.endedNotice) }) },
  {
    name: 'record an objection',
    spec: recordObjection,
    input: (t) => ({ noticeId: String(t.notice), channel: 'phone', about: 'notice', summary: '村民来电反映名单有误' }),
  },
  { name: 'investigate an objection', spec: investigateObjection, input: (t) => ({ objectionId: String(t.objection) }) },
  {
    name: 'resolve an objection',
    spec: resolveObjection,
    input: (t) => ({ objectionId: String(t.objection), outcome: 'dismissed', reason: '经核实，反映情况不属实' }),
  },
];

let shared: TestDatabase;
let inside: Target;
let outside: Target;
const officials = new Map<string, Official>();

beforeAll(async () => {
  shared = await openTestDatabase('seeded');
  seededAt = shared.seededAt;
  setProcessDatabase(shared);
  for (const name of ACCOUNTS) officials.set(name, await officialNamed(shared.db, name));
  inside = await targetIn(shared.db, sql`village_code = ${INSIDE}`);
  outside = await targetIn(shared.db, sql`left(village_code, 6) = ${OUTSIDE_COUNTY}`);
});
afterAll(() => shared.close());

const auditCount = async (db: Db) => (await one<{ n: number }>(db, sql`select count(*)::int as n from audit_log`)).n;

describe.each(CASES)('$name', (c) => {
  it.each(ACCOUNTS)('as %s: allowed exactly where the permission module says', async (account) => {
    for (const [where, target] of [
      ['inside', inside],
      ['outside', outside],
    ] as const) {
      const official = officials.get(account)!;
      const region = where === 'inside' ? INSIDE : target.village;
      const expected = can(official, c.spec.action, region);
      if (!expected) {
        const before = await auditCount(shared.db);
        setProcessDatabase(shared);
        const result = await c.spec.run(official, c.input(target), seededAt);
        expect(result.ok, `${account} ${where}`).toBe(false);
        if (!result.ok) expect(['role', 'region'], `${account} ${where}: ${result.message}`).toContain(result.refused);
        expect(await auditCount(shared.db), `${account} ${where} left an audit row`).toBe(before);
      } else {
        // An allowed write changes the data: give it its own copy, with the same targets.
        const fresh = await openTestDatabase('seeded');
        try {
          const freshTarget = await targetIn(fresh.db, where === 'inside' ? sql`village_code = ${INSIDE}` : sql`left(village_code, 6) = ${OUTSIDE_COUNTY}`);
          setProcessDatabase(fresh);
          const before = await auditCount(fresh.db);
          const result = await c.spec.run(official, c.input(freshTarget), seededAt);
          expect(result, `${account} ${where}`).toMatchObject({ ok: true });
          expect(await auditCount(fresh.db), `${account} ${where} wrote no audit row`).toBeGreaterThan(before);
        } finally {
          setProcessDatabase(shared);
          await fresh.close();
        }
      }
    }
  });
});

describe('the matrix covers every role and both sides of a region border', () => {
  it('has allowed and refused attempts for each action', () => {
    for (const c of CASES) {
      const allowed = ACCOUNTS.filter((a) => can(officials.get(a)!, c.spec.action, INSIDE));
      expect(allowed.length, c.name).toBeGreaterThan(0);
      expect(allowed.length, c.name).toBeLessThan(ACCOUNTS.length);
      expect(ACCOUNTS.some((a) => can(officials.get(a)!, c.spec.action, outside.village)), c.name).toBe(false);
    }
  });
});
