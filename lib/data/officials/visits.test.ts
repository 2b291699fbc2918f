// The return-visit lists against a real database: the 90-day rule at its boundary (days 89, 90 and 91,
// and the China midnight between 90 and 91), never-visited households, and the region filter.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { saveVisit } from '@/lib/actions/visits';
import { startOfChinaDay } from '@/lib/domain/time';
import { createFiledHousehold, createPassedHousehold } from '@/test/approvals';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoOfficials } from '@/test/officials';
import { getVisit, listRecentVisits, listUnvisitedHouseholds } from './visits';

const PINGAN = '220802100201';
const NOW = new Date('2026-11-28T04:00:00Z');
const noonChina = (date: string) => new Date(startOfChinaDay(date).getTime() + 12 * 3600_000);

const database = useSeededDatabase();
let db: Db;
let villageA: Official;
let villageB: Official;
let townshipDpf: Official;
let countyDpf: Official;
let visited: number; // last visited 2026-08-01: day 90 is 2026-10-30, day 91 is 2026-10-31
let neverVisited: number;
let unfiled: number;

beforeAll(async () => {
  db = database.db;
  ({ villageA, villageB, townshipDpf, countyDpf } = await demoOfficials(db));
  visited = await createFiledHousehold(db, PINGAN, NOW);
  neverVisited = await createFiledHousehold(db, PINGAN, NOW);
  unfiled = (await createPassedHousehold(db, PINGAN, NOW)).id;
  for (const visitedOn of ['2026-06-15', '2026-08-01']) {
    const result = await saveVisit.run(villageA, { householdId: String(visited), visitedOn, visitor: '王明', findings: '正常' }, NOW);
    expect(result.ok).toBe(true);
  }
});

const listedIds = async (official: Official, now: Date) => (await listUnvisitedHouseholds(official, now)).rows.map((r) => r.id);

describe('households not visited for more than 90 days', () => {
  it('lists a household on day 91 after its last visit, not on day 89 or 90', async () => {
    expect(await listedIds(villageA, noonChina('2026-10-29'))).not.toContain(visited);
    expect(await listedIds(villageA, noonChina('2026-10-30'))).not.toContain(visited);
    const day91 = await listUnvisitedHouseholds(villageA, noonChina('2026-10-31'));
    expect(day91.rows.find((r) => r.id === visited)).toMatchObject({ lastVisitedOn: '2026-08-01', daysSince: 91 });
  });

  it('counts days in China: day 91 starts at China midnight', async () => {
    const day91Starts = startOfChinaDay('2026-10-31');
    expect(await listedIds(villageA, new Date(day91Starts.getTime() - 1))).not.toContain(visited);
    expect(await listedIds(villageA, day91Starts)).toContain(visited);
  });

  it('lists a filed household never visited, first, and never an unfiled one', async () => {
    const { rows, total } = await listUnvisitedHouseholds(villageA, noonChina('2026-10-31'));
    const never = rows.find((r) => r.id === neverVisited);
    expect(never).toMatchObject({ lastVisitedOn: null, daysSince: null });
    expect(rows.map((r) => r.id)).not.toContain(unfiled);
    expect(total).toBe(rows.length);
    // never visited before any number of days, then the longest wait first
    const firstVisited = rows.findIndex((r) => r.daysSince !== null);
    expect(rows.slice(0, firstVisited === -1 ? rows.length : firstVisited).every((r) => r.daysSince === null)).toBe(true);
    const waits = rows.filter((r) => r.daysSince !== null).map((r) => r.daysSince!);
    expect(waits).toEqual([...waits].sort((a, b) => b - a));
  });

  it('drops a household once it is visited again', async () => {
    const household = await createFiledHousehold(db, PINGAN, NOW);
    expect(await listedIds(townshipDpf, NOW)).toContain(household);
    await saveVisit.run(townshipDpf, { householdId: String(household), visitedOn: '2026-11-27', visitor: '李强', findings: '正常' }, NOW);
    expect(await listedIds(townshipDpf, NOW)).not.toContain(household);
  });

  it("shows only the official's own region", async () => {
    const atDay91 = noonChina('2026-10-31');
    expect(await listedIds(villageB, atDay91)).not.toContain(neverVisited);
    expect(await listedIds(countyDpf, atDay91)).toContain(neverVisited);
    for (const row of (await listUnvisitedHouseholds(villageB, atDay91)).rows) expect(row.villageCode).toBe('220802100202');
  });

  it('respects the limit and still gives the total', async () => {
    const all = await listUnvisitedHouseholds(countyDpf, NOW);
    const two = await listUnvisitedHouseholds(countyDpf, NOW, 2);
    expect(two.rows).toHaveLength(Math.min(2, all.total));
    expect(two.total).toBe(all.total);
  });
});

describe('recent visits', () => {
  it('lists the region’s visits, newest first, with the household’s name', async () => {
    const rows = await listRecentVisits(villageA);
    const mine = rows.filter((r) => r.householdId === visited);
    expect(mine.map((r) => r.visitedOn)).toEqual(['2026-08-01', '2026-06-15']);
    expect(mine[0]!.fullName).toMatch(/^测试/);
    const dates = rows.map((r) => r.visitedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await listRecentVisits(villageB)).some((r) => r.householdId === visited)).toBe(false);
  });
});

describe('one visit, to correct it', () => {
  it('is given to officials of its region only, with every field', async () => {
    const [latest] = (await listRecentVisits(villageA)).filter((r) => r.householdId === visited);
    const visit = await getVisit(villageA, latest!.id);
    expect(visit).toMatchObject({ id: latest!.id, householdId: visited, visitedOn: '2026-08-01', visitor: latest!.visitor, findings: latest!.findings });
    expect(typeof visit!.suggestions).toBe('string');
    expect(await getVisit(countyDpf, latest!.id)).toMatchObject({ id: latest!.id });
    expect(await getVisit(villageB, latest!.id)).toBeNull();
    expect(await getVisit(villageA, 2_147_483_647)).toBeNull();
    expect(await getVisit(villageA, 0)).toBeNull();
  });
});

