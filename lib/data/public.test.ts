// The public read models against the demo data, each checked against a direct count in SQL.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { currentProgrammeYear } from '@/lib/domain';
import { useSeededDatabase } from '@/test/seeded-database';
import { getNoticeHistory } from './public-history';
import {
  getChildrenProgress,
  getCityProgress,
  getOpenNotices,
  getProgramme,
  getPublicNotice,
  getRegion,
  getRegionNotices,
  getRegionProgress,
  searchRegions,
} from './public';

const DAY = 24 * 3_600_000;
const database = useSeededDatabase();
const { rows, one } = database;

describe('privacy by construction', () => {
  it('public.ts never names a private table or column', () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, 'public.ts'), 'utf8');
    for (const name of ['householdPrivate', 'objectionPrivate', 'officials', 'household_private', 'objection_private', 'summary', 'auditLog']) {
      expect(source, name).not.toContain(name);
    }
  });
  it('a public notice carries no private field', async () => {
    const { id } = await one<{ id: number }>(sql`select id from notices where status = 'closed' limit 1`);
    const notice = await getPublicNotice(id);
    const json = JSON.stringify(notice);
    const secrets = await rows<{ v: string }>(sql`
      select certificate_number as v from household_private union select phone from household_private where phone is not null
      union select address from household_private union select full_name from household_private where char_length(full_name) >= 3`);
    expect(secrets.length).toBeGreaterThan(100);
    for (const { v } of secrets) expect(json).not.toContain(v);
  });
});

describe('public read models', () => {
  it('programme and city totals match direct counts', async () => {
    const programme = (await getProgramme())!;
    expect(programme.targetHouseholds).toBe(550);
    expect(programme.incomeThreshold).toBe(2800);
    const expected = await one<{ publicised: number; passed: number }>(sql`
      select count(*) filter (where status in ('listed', 'passed', 'removed'))::int as publicised,
             count(*) filter (where status = 'passed')::int as passed from households`);
    expect(await getCityProgress(programme.id)).toEqual(expected);
    expect(expected.passed).toBeGreaterThan(0);
  });

  it('every county has its allocation and progress for the current year', async () => {
    const programme = (await getProgramme())!;
    const year = currentProgrammeYear(programme, database.seededAt);
    const counties = await getChildrenProgress('220800', programme.id, year);
    // Every county-level unit of the city; the development zone has no allocation (annex 2 names five).
    expect(counties.map((c) => c.name)).toEqual(['洮北区', '镇赉县', '通榆县', '吉林白城经济开发区', '洮南市', '大安市']);
    expect(counties.map((c) => c.allocation)).toEqual([24, 20, 20, null, 24, 22]);
    expect(counties.every((c) => !c.retired)).toBe(true);
    for (const county of counties) {
      const expected = await one<{ publicised: number; passed: number }>(sql`
        select count(*) filter (where status in ('listed', 'passed', 'removed'))::int as publicised,
               count(*) filter (where status = 'passed')::int as passed
        from households where left(village_code, 6) = ${county.code} and year = ${year}`);
      expect({ publicised: county.publicised, passed: county.passed }).toEqual(expected);
      expect(await getRegionProgress(county.code, programme.id, year)).toEqual(expected);
    }
  });

  it('a region comes with its breadcrumb; unknown and malformed codes give null', async () => {
    const { code } = await one<{ code: string }>(sql`select code from regions where level = 'village' order by code limit 1`);
    const found = (await getRegion(code))!;
    expect(found.region.level).toBe('village');
    expect(found.ancestors.map((a) => a.level)).toEqual(['city', 'county', 'township']);
    expect(found.ancestors[0]!.name).toBe('白城市');
    expect(await getRegion('220899')).toBeNull();
    expect(await getRegion('abc')).toBeNull();
  });

  it('region notices include every published notice below the region, open ones first, and never a draft', async () => {
    const now = database.seededAt;
    const { notices, total } = await getRegionNotices('220800', now);
    const expected = await one<{ n: number; open: number }>(sql`
      select count(*)::int as n, count(*) filter (where status = 'published' and period_ends_at > ${now.toISOString()})::int as open
      from notices where status <> 'draft'`);
    expect(notices).toHaveLength(expected.n);
    expect(total).toBe(expected.n);
    expect(notices.some((n) => n.status === ('draft' as string))).toBe(false);
    expect(notices.slice(0, expected.open).every((n) => n.status === 'published' && n.periodEndsAt! > now)).toBe(true);
    const county = notices[0]!.villageCode.slice(0, 6);
    expect((await getRegionNotices(county, now)).notices.every((n) => n.villageCode.startsWith(county))).toBe(true);
  });

  it('a limit keeps every open notice and cuts the older ones', async () => {
    const now = database.seededAt;
    const { notices, total } = await getRegionNotices('220800', now, 3);
    const open = notices.filter((n) => n.status === 'published' && n.periodEndsAt! > now);
    expect(open.length).toBeGreaterThan(0);
    expect(notices).toHaveLength(open.length + 3);
    expect(total).toBeGreaterThan(notices.length);
  });

  it('open notices are exactly the published ones whose period has not ended at `now`', async () => {
    const now = database.seededAt;
    const open = await getOpenNotices(now, 100);
    const expected = await rows<{ id: number }>(
      sql`select id from notices where status = 'published' and period_ends_at > ${now.toISOString()} order by period_ends_at, id`,
    );
    expect(open.map((n) => n.id)).toEqual(expected.map((e) => e.id));
    expect(open.length).toBeGreaterThan(0);
    // A moment after the first one ends, it is no longer open.
    const later = new Date(open[0]!.periodEndsAt!.getTime());
    expect((await getOpenNotices(later, 100)).map((n) => n.id)).not.toContain(open[0]!.id);
  });

  it('hides a withdrawn notice’s list at once and a closed one’s 30 days after closing, keeping counts and outcomes', async () => {
    const { id: withdrawnId } = await one<{ id: number }>(sql`select id from notices where status = 'withdrawn' limit 1`);
    const withdrawn = (await getPublicNotice(withdrawnId, database.seededAt))!;
    const listed = await one<{ n: number }>(sql`select count(*)::int as n from notice_entries where notice_id = ${withdrawnId}`);
    expect(withdrawn.entries).toEqual([]);
    expect(withdrawn.listSummary).toEqual({ visibility: 'withdrawn', entries: listed.n, passed: 0, removed: 0 });
    expect(withdrawn.notice.withdrawalReason).toBeTruthy();

    const closed = await one<{ id: number; closed_at: string; n: number; passed: number; removed: number; names: string[] }>(sql`
      select n.id, n.closed_at, count(*)::int as n, count(*) filter (where e.outcome = 'passed')::int as passed,
        count(*) filter (where e.outcome = 'removed')::int as removed, array_agg(e.masked_name) as names
      from notices n join notice_entries e on e.notice_id = n.id
      where n.status = 'closed' and exists (select 1 from objections o where o.notice_id = n.id and o.entry_id is not null)
      group by n.id order by n.id limit 1`);
    const closedAt = new Date(closed.closed_at).getTime();
    const within = (await getPublicNotice(closed.id, new Date(closedAt + 30 * DAY - 60_000)))!;
    expect(within.listSummary).toBeNull();
    expect(within.entries).toHaveLength(closed.n);
    const after = (await getPublicNotice(closed.id, new Date(closedAt + 30 * DAY)))!;
    expect(after.entries).toEqual([]);
    expect(after.listSummary).toEqual({ visibility: 'expired', entries: closed.n, passed: closed.passed, removed: closed.removed });
    expect(after.objections.some((o) => o.entryPosition !== null)).toBe(true);
    // The history names the objection's entry by number only once the list is hidden.
    const history = JSON.stringify(await getNoticeHistory(closed.id, true));
    for (const name of closed.names) expect(history).not.toContain(name);
    expect(JSON.stringify(await getNoticeHistory(closed.id))).toContain('maskedName');
  });

  it('a notice page has its entries in order, objections, and no draft is public', async () => {
    const { id, closed_at } = await one<{ id: number; closed_at: string }>(sql`
      select n.id, n.closed_at from notices n where n.status = 'closed'
        and exists (select 1 from notice_entries e where e.notice_id = n.id and e.outcome = 'removed') limit 1`);
    const found = (await getPublicNotice(id, new Date(new Date(closed_at).getTime() + DAY)))!;
    const expectedEntries = await rows<{ masked_name: string }>(sql`select masked_name from notice_entries where notice_id = ${id} order by position`);
    expect(found.entries.map((e) => e.maskedName)).toEqual(expectedEntries.map((e) => e.masked_name));
    expect(found.entries.some((e) => e.outcome === 'removed')).toBe(true);
    expect(found.objections.some((o) => o.status === 'upheld' && o.resolutionReason)).toBe(true);
    expect(found.regionPath.map((r) => r.code)).toEqual(['220800', found.notice.villageCode.slice(0, 6), found.notice.villageCode.slice(0, 9), found.notice.villageCode]);
    const draft = await rows<{ id: number }>(sql`select id from notices where status = 'draft' limit 1`);
    expect(draft.length).toBe(1);
    expect(await getPublicNotice(draft[0]!.id)).toBeNull();
    expect(await getPublicNotice(987654)).toBeNull();
  });

  it('search finds townships and villages by part of the name, with their place', async () => {
    const { name, code } = await one<{ name: string; code: string }>(sql`select name, code from regions where level = 'township' order by code limit 1`);
    const results = await searchRegions(name.slice(0, 2));
    expect(results.map((r) => r.code)).toContain(code);
    const village = await one<{ name: string }>(sql`select name from regions where level = 'village' order by code limit 1`);
    const villages = await searchRegions(village.name);
    expect(villages.length).toBeGreaterThan(0);
    expect(villages.every((r) => r.name.includes(village.name) && r.path.length > 0)).toBe(true);
    expect(await searchRegions('%')).toEqual([]);
    expect(await searchRegions('   ')).toEqual([]);
  });
});
