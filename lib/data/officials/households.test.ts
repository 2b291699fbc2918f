// The officials' household read models against the demo data: each official sees exactly the
// households of their region, checked against direct counts in SQL.
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoAccounts } from '@/test/officials';
import { getHousehold, getHouseholdPhoto, listHouseholdNotices, listHouseholds, listVillages } from './households';

const VILLAGE_A = '220802100201';

const database = useSeededDatabase();
const official: Record<string, Official> = {};
const count = async (query: SQL) => (await database.one<{ n: number }>(query)).n;

beforeAll(async () => {
  Object.assign(official, await demoAccounts(database.db));
});

describe('listHouseholds', () => {
  it('gives village-a only its own village, all of it', async () => {
    const { rows, total } = await listHouseholds(official['village-a']!);
    expect(total).toBe(await count(sql`select count(*)::int as n from households where village_code = ${VILLAGE_A}`));
    expect(total).toBeGreaterThan(5);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.villageCode))).toEqual(new Set([VILLAGE_A]));
    expect(rows.every((r) => r.villageName === '平安村委会')).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining([130, 135, 139, 171, 198]));
  });

  it('gives a township its villages and a city everything, capped with the true total', async () => {
    const township = await listHouseholds(official['township-dpf']!);
    expect(township.total).toBe(await count(sql`select count(*)::int as n from households where village_code like '220802100%'`));
    expect(new Set(township.rows.map((r) => r.villageCode.slice(0, 9)))).toEqual(new Set(['220802100']));
    const city = await listHouseholds(official.city!, {}, 50);
    expect(city.total).toBe(await count(sql`select count(*)::int as n from households`));
    expect(city.rows).toHaveLength(50);
  });

  it('filters by status, village and a name or certificate fragment, taken literally', async () => {
    const listed = await listHouseholds(official['village-a']!, { status: 'listed' });
    expect(listed.total).toBe(await count(sql`select count(*)::int as n from households where village_code = ${VILLAGE_A} and status = 'listed'`));
    expect(listed.rows.every((r) => r.status === 'listed')).toBe(true);

    const [one] = await queryRows<{ certificate_number: string; full_name: string }>(
      database.db,
      sql`select certificate_number, full_name from household_private where household_id = 130`,
    );
    const byCertificate = await listHouseholds(official['township-dpf']!, { q: one!.certificate_number.slice(-8) });
    expect(byCertificate.rows.map((r) => r.id)).toContain(130);
    const byName = await listHouseholds(official['village-a']!, { q: one!.full_name });
    expect(byName.rows.map((r) => r.id)).toContain(130);
    expect((await listHouseholds(official['village-a']!, { q: '%' })).total).toBe(0);
    expect((await listHouseholds(official['village-a']!, { q: '_' })).total).toBe(0);

    const villageB = await listHouseholds(official['township-dpf']!, { villageCode: '220802100202' });
    expect(villageB.rows.every((r) => r.villageCode === '220802100202')).toBe(true);
    expect(villageB.total).toBeGreaterThan(0);
    // A village outside the region finds nothing, whatever the URL says.
    expect((await listHouseholds(official['village-a']!, { villageCode: '220802100202' })).total).toBe(0);
  });

  it('gives the system administrator nothing (accounts only)', async () => {
    expect(await listHouseholds(official.admin!)).toEqual({ rows: [], total: 0 });
  });
});

describe('getHousehold and its notices', () => {
  it('returns every registration field inside the region', async () => {
    const h = await getHousehold(official['village-a']!, 130);
    expect(h).toMatchObject({ id: 130, villageCode: VILLAGE_A, status: 'registered', place: { townshipName: '平安镇', villageName: '平安村委会', countyName: '洮北区' } });
    expect(h!.certificateNumber).toMatch(/^\d{17}[\dX]\d\d/);
    expect(h!.address).toContain('平安村');
    expect(h).not.toHaveProperty('photo');
  });

  it('returns null outside the region, for an unknown id, and for the administrator', async () => {
    expect(await getHousehold(official['village-b']!, 130)).toBeNull();
    expect(await getHousehold(official['village-a']!, 999_999)).toBeNull();
    expect(await getHousehold(official['village-a']!, Number.NaN)).toBeNull();
    expect(await getHousehold(official.admin!, 130)).toBeNull();
    expect(await getHouseholdPhoto(official['village-b']!, 130)).toBeNull();
    expect(await listHouseholdNotices(official['village-b']!, 130)).toEqual([]);
  });

  it('lists the notices a household is on', async () => {
    const [entry] = await queryRows<{ household_id: number }>(database.db, sql`select household_id from notice_entries where notice_id = 22 limit 1`);
    const found = await listHouseholdNotices(official['village-a']!, entry!.household_id);
    expect(found.map((n) => n.noticeId)).toContain(22);
    expect(found.find((n) => n.noticeId === 22)).toMatchObject({ status: 'published', outcome: null });
    expect(await listHouseholdNotices(official['village-a']!, 130)).toEqual([]);
  });
});

describe('listVillages', () => {
  it('gives a village official just theirs, and a township all of its villages', async () => {
    expect(await listVillages(official['village-a']!, 'household.register')).toEqual([{ code: VILLAGE_A, name: '平安村委会', townshipName: '平安镇' }]);
    // Village committees (村委会) only: 平安镇 also has five residents' committees (居委会).
    const township = await listVillages(official['township-dpf']!, 'household.register');
    expect(township.length).toBe(await count(sql`select count(*)::int as n from regions where level = 'village' and code like '220802100%' and name like '%村委会'`));
    expect(township.length).toBe(10);
    expect(township.every((v) => v.townshipName === '平安镇')).toBe(true);
  });

  it('gives a role that may not register no village to register in', async () => {
    expect(await listVillages(official['county-org']!, 'household.register')).toEqual([]);
    expect((await listVillages(official['county-org']!)).length).toBeGreaterThan(0);
  });
});
