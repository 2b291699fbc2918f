// A county's public record and the people helped, against counts written independently in SQL on the
// seeded demo; and privacy by construction (no private table, no personal data in the result).
import fs from 'node:fs';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSeededDatabase } from '@/test/seeded-database';
import { zhCountyRecord } from '@/lib/i18n/zh-county-record';
import { enCountyRecord } from '@/lib/i18n/en-county-record';
import { getCountyRecord, getPeopleHelped } from './county-record';
import { getProgramme, type Programme } from './public';

const database = useSeededDatabase();
let programme: Programme;
const { rows, one } = database;
const COUNTIES = ['220802', '220821', '220822', '220881', '220882'];

beforeAll(async () => {
  programme = (await getProgramme())!;
});

describe('privacy by construction', () => {
  it('county-record.ts never names a private table or the accounts', () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, 'county-record.ts'), 'utf8');
    for (const name of ['Private', '_private', 'officials', 'auditLog', 'annualSummaries.notes', 'objector']) expect(source, name).not.toContain(name);
  });
});

describe('getCountyRecord', () => {
  it('answers null for anything but a county', async () => {
    const now = database.seededAt;
    for (const code of ['220800', '220802100', '220802100201']) expect(await getCountyRecord(programme, code, now), code).toBeNull();
  });

  it('matches SQL counts in every county: objections, visits, screening, people, summaries', async () => {
    const now = database.seededAt;
    // The demo has refusals in every county with households (db/seed/screening.ts).
    expect((await one<{ n: number }>(sql`select count(distinct left(village_code, 6))::int as n from screening_refusals`)).n).toBeGreaterThanOrEqual(3);
    // One more in one county: counted as screened, not as eligible.
    const [village] = await rows<{ code: string }>(sql`select code from regions where level = 'village' and code like '220822%' and right(code, 3) between '200' and '399' order by code limit 1`);
    const [official] = await rows<{ id: number }>(sql`select id from officials order by id limit 1`);
    const [refusal] = await rows<{ id: number }>(sql`insert into screening_refusals (programme_id, year, village_code, criterion, screened_on, recorded_by)
      values (${programme.id}, 2026, ${village!.code}, 'income', '2026-05-01', ${official!.id}) returning id`);
    await rows(sql`insert into screening_refusal_private (refusal_id, full_name, reason) values (${refusal!.id}, '测试人', '收入高于标准')`);

    let objectionsSeen = 0;
    let visitedSeen = 0;
    let summariesSeen = 0;
    for (const code of COUNTIES) {
      const record = (await getCountyRecord(programme, code, now))!;
      const like = `${code}%`;
      const o = await one<{ received: number; upheld: number; dismissed: number }>(sql`
        select count(*)::int as received, count(*) filter (where o.status = 'upheld')::int as upheld,
          count(*) filter (where o.status = 'dismissed')::int as dismissed
        from objections o join notices n on n.id = o.notice_id
        where n.village_code like ${like} and o.status not in ('submitted', 'rejected')`);
      expect(record.objections, code).toEqual(o);
      const v = await one<{ filed: number; visited: number }>(sql`
        select count(*)::int as filed,
          count(*) filter (where exists (select 1 from visits v where v.household_id = h.id
            and v.visited_on >= (${now.toISOString()}::timestamptz at time zone 'Asia/Shanghai')::date - 90))::int as visited
        from households h where h.village_code like ${like} and h.filed_at is not null`);
      expect({ filed: record.visits.filed, visited: record.visits.visited }, code).toEqual(v);
      const s = await one<{ eligible: number; refused: number; filed: number; people: number }>(sql`
        select (select count(*) from households where village_code like ${like})::int as eligible,
          (select count(*) from screening_refusals where village_code like ${like})::int as refused,
          (select count(*) from households where village_code like ${like} and filed_at is not null)::int as filed,
          (select coalesce(sum(disabled_members), 0) from households where village_code like ${like} and filed_at is not null)::int as people`);
      expect(record.screening, code).toEqual({ eligible: s.eligible, refused: s.refused, screened: s.eligible + s.refused });
      expect(record.helped, code).toEqual({ households: s.filed, disabledPeople: s.people });
      const submitted = await rows<{ year: number; on_time: boolean; summary: string; grants_yuan: number; loans_yuan: number }>(sql`
        select year, submitted_at < (make_date(year, 11, 6)::timestamp at time zone 'Asia/Shanghai') as on_time, summary, grants_yuan, loans_yuan
        from annual_summaries where county_code = ${code} and status = 'submitted' order by year desc`);
      expect(record.summaries.map((r) => [r.year, r.onTime, r.summary, r.grantsYuan, r.loansYuan]), code).toEqual(
        submitted.map((r) => [r.year, r.on_time, r.summary, r.grants_yuan, r.loans_yuan]),
      );
      const due = await one<{ due: number; on_time: number }>(sql`
        select count(*)::int as due, count(*) filter (where exists (select 1 from annual_summaries a where a.county_code = ${code}
          and a.year = y and a.status = 'submitted' and a.submitted_at < (make_date(y, 11, 6)::timestamp at time zone 'Asia/Shanghai')))::int as on_time
        from generate_series(${programme.startYear}::int, ${programme.endYear}::int) y
        where (make_date(y, 11, 6)::timestamp at time zone 'Asia/Shanghai') <= ${now.toISOString()}::timestamptz`);
      expect(record.summaryDeadlines, code).toEqual({ due: due.due, onTime: due.on_time });
      objectionsSeen += o.received;
      visitedSeen += v.visited;
      summariesSeen += submitted.length;
      if (code === '220822') expect(s.refused).toBeGreaterThan(0);
    }
    // The demo gives each figure something to count.
    expect(objectionsSeen).toBeGreaterThan(0);
    expect(visitedSeen).toBeGreaterThan(0);
    expect(summariesSeen).toBeGreaterThan(0);
  });

  it('holds no personal data: no name, ID, certificate, phone, address or the county’s internal notes', async () => {
    const now = database.seededAt;
    const json = JSON.stringify(await Promise.all(COUNTIES.map((c) => getCountyRecord(programme, c, now))));
    const secrets = await rows<{ v: string }>(sql`
      select full_name as v from household_private where char_length(full_name) >= 2
      union select id_number from household_private union select certificate_number from household_private
      union select phone from household_private where phone is not null
      union select full_name from screening_refusal_private union select reason from screening_refusal_private
      union select notes from annual_summaries where notes <> ''`);
    expect(secrets.length).toBeGreaterThan(10);
    for (const { v } of secrets) expect(json).not.toContain(v);
    expect(json).not.toMatch(/"(id|householdId|villageCode|notes)"/);
  });
});

describe('getPeopleHelped', () => {
  it('counts the city’s filed households and the disabled people in them, as SQL does', async () => {
    const helped = await getPeopleHelped(programme.id, programme.cityCode);
    const expected = await one<{ households: number; people: number }>(sql`
      select count(*)::int as households, coalesce(sum(disabled_members), 0)::int as people from households where filed_at is not null`);
    expect(helped).toEqual({ households: expected.households, disabledPeople: expected.people });
    expect(helped.disabledPeople).toBeGreaterThanOrEqual(helped.households);
  });
});

describe('the glossary', () => {
  it('defines each figure of the record in both languages', () => {
    expect(zhCountyRecord.terms(90).length).toBe(enCountyRecord.terms(90).length);
    const terms = zhCountyRecord.terms(90).map(([term]) => term).join('|');
    for (const label of ['残疾人数', '调查筛查户数', '符合条件户数', '筛查未通过户数', '收到的异议', '异议成立', '异议不成立', '近 90 天回访', '按时报送的年度总结', '无偿资金', '户均增收']) {
      expect(terms, label).toContain(label);
    }
  });
});
