// Screening refusals (筛查未通过, issue 10 item 2) on both databases: recorded by a village official in
// their own village with the private name and reason and an audit row without them; field messages in
// Chinese with nothing written; region and role refused; and the counts the officials and the county
// page show move together.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Official } from '@/lib/auth/official';
import { getCountyRecord } from '@/lib/data/county-record';
import { getScreeningOverview } from '@/lib/data/officials/screening';
import { getProgramme } from '@/lib/data/public';
import { zhAdminScreening } from '@/lib/i18n/zh-admin-screening';
import { zhPublishedText } from '@/lib/i18n/zh-published-text';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { recordScreeningRefusal } from './screening';

const A = '220802100201'; // 平安村委会 (village-a)
const B = '220802100202'; // 永平村委会 (village-b)
const e = zhAdminScreening.errors;
const database = useSeededDatabase();
const { one } = database;
let now: Date;
let villageA: Official;
const counts = () =>
  one<{ refusals: number; privates: number; audits: number }>(sql`select (select count(*) from screening_refusals)::int as refusals,
    (select count(*) from screening_refusal_private)::int as privates,
    (select count(*) from audit_log where action = 'screening.refuse')::int as audits`);
const form = (extra: Record<string, unknown> = {}) => ({
  villageCode: A,
  year: '2026',
  fullName: '测试甲',
  criterion: 'income',
  reason: '2025年家庭年人均纯收入3,200元，高于标准。',
  screenedOn: '2026-05-03',
  ...extra,
});

beforeAll(async () => {
  now = database.seededAt;
  villageA = await officialNamed(database.db, 'village-a');
});

describe('recordScreeningRefusal', () => {
  it('keeps the household privately with the reason, audits without name or reason, and counts it as screened', async () => {
    const programme = (await getProgramme())!;
    const before = await counts();
    const county = (await getCountyRecord(programme, '220802', now))!;
    const overviewBefore = (await getScreeningOverview(villageA))!;
    const result = await recordScreeningRefusal.run(villageA, form(), now);
    expect(result).toMatchObject({ ok: true, message: zhAdminScreening.saved });
    expect(await counts()).toEqual({ refusals: before.refusals + 1, privates: before.privates + 1, audits: before.audits + 1 });
    const row = await one<{ id: number; village_code: string; criterion: string; recorded_by: number; full_name: string; reason: string }>(sql`
      select r.id, r.village_code, r.criterion, r.recorded_by, p.full_name, p.reason from screening_refusals r
      join screening_refusal_private p on p.refusal_id = r.id order by r.id desc limit 1`);
    expect(row).toMatchObject({ village_code: A, criterion: 'income', recorded_by: villageA.id, full_name: '测试甲' });
    const audit = await one<{ summary: Record<string, unknown>; entity_id: string }>(sql`select summary, entity_id from audit_log where action = 'screening.refuse' order by id desc limit 1`);
    expect(audit.entity_id).toBe(String(row.id));
    expect(JSON.stringify(audit.summary)).not.toContain('测试甲');
    expect(JSON.stringify(audit.summary)).not.toContain('3,200');
    const after = (await getCountyRecord(programme, '220802', now))!;
    expect(after.screening).toEqual({ eligible: county.screening.eligible, refused: county.screening.refused + 1, screened: county.screening.screened + 1 });
    // The village sees its own village; the county sees what the county's public page shows.
    const overview = (await getScreeningOverview(villageA))!;
    const mine = (o: typeof overview) => o.counts.find((c) => c.countyCode === '220802')!;
    expect(mine(overview).refused).toBe(mine(overviewBefore).refused + 1);
    expect(overview.recent.some((r) => r.criterion === 'income' && r.screenedOn === '2026-05-03')).toBe(true);
    const countyView = (await getScreeningOverview(await officialNamed(database.db, 'county-dpf')))!;
    expect(mine(countyView)).toMatchObject({ screened: after.screening.screened, eligible: after.screening.eligible, refused: after.screening.refused });
    expect(JSON.stringify([overview, countyView])).not.toContain('测试甲');
  });

  it('refuses bad fields next to the field in Chinese, writing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ fullName: '  ' }, 'fullName', e.fullName],
      [{ fullName: '张'.repeat(51) }, 'fullName', e.fullNameLong],
      [{ criterion: 'rich' }, 'criterion', e.criterion],
      [{ reason: '' }, 'reason', e.reason],
      [{ reason: '身份证号220802199001011234' }, 'reason', zhPublishedText.personalNumbers(['id'])],
      [{ screenedOn: '2026-02-30' }, 'screenedOn', e.screenedOn],
      [{ screenedOn: '2099-01-01' }, 'screenedOn', e.screenedOnFuture],
      [{ year: '2030' }, 'year', e.yearRange(2023, 2027)],
      [{ villageCode: 'x' }, 'villageCode', e.villageCode],
      [{ villageCode: '220802100999' }, 'villageCode', e.villageUnknown],
    ];
    for (const [extra, field, message] of cases) {
      const result = await recordScreeningRefusal.run(villageA, form(extra), now);
      expect(result.ok, JSON.stringify(extra)).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field], JSON.stringify(extra)).toBe(message);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses another village’s official and a role that may not register, writing nothing', async () => {
    const before = await counts();
    expect((await recordScreeningRefusal.run(await officialNamed(database.db, 'village-b'), form({ villageCode: A }), now)).ok).toBe(false);
    expect((await recordScreeningRefusal.run(villageA, form({ villageCode: B }), now)).ok).toBe(false);
    expect((await recordScreeningRefusal.run(await officialNamed(database.db, 'township-party'), form(), now)).ok).toBe(false);
    expect((await recordScreeningRefusal.run(null, form(), now)).ok).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
