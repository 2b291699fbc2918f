// The account read model against the demo data: only the administrator, only inside their region,
// and the regions an account may be bound to, checked against direct SQL.
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { disableAccount } from '@/lib/actions/accounts';
import type { Official } from '@/lib/auth/official';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { getAccount, listAccounts, listRegionChoices } from './accounts';

const database = useSeededDatabase();
let admin: Official;
const { rows } = database;

beforeAll(async () => {
  admin = await officialNamed(database.db, 'admin');
});

describe('listAccounts', () => {
  it('lists every account of the city with its role, region and status, by region then username', async () => {
    const accounts = (await listAccounts(admin))!;
    const expected = await rows<{ username: string }>(
      sql`select username from officials where region_code like '2208%' order by region_code, username`,
    );
    expect(accounts.map((a) => a.username)).toEqual(expected.map((e) => e.username));
    expect(accounts.map((a) => a.username)).toEqual(
      expect.arrayContaining(['admin', 'city', 'county-dpf', 'county-org', 'township-party', 'township-dpf', 'village-a', 'village-b']),
    );
    expect(accounts.find((a) => a.username === 'village-a')).toMatchObject({
      role: 'village',
      regionCode: '220802100201',
      regionName: '平安村委会',
      active: true,
    });
    // Nothing private about the account leaves the read model.
    for (const account of accounts) expect(Object.keys(account).sort()).toEqual(['active', 'displayName', 'id', 'regionCode', 'regionName', 'role', 'username']);
  });

  it('shows a disabled account as disabled', async () => {
    const villageB = await officialNamed(database.db, 'village-b');
    expect(await disableAccount.run(admin, { id: String(villageB.id) }, new Date(database.seededAt.getTime() + 60_000))).toMatchObject({ ok: true });
    const accounts = (await listAccounts(admin))!;
    expect(accounts.find((a) => a.username === 'village-b')).toMatchObject({ active: false });
    expect(await getAccount(admin, villageB.id)).toMatchObject({ active: false, regionLevel: 'village' });
  });

  it('gives nothing to any other role, and only its own city to an administrator elsewhere', async () => {
    for (const username of ['city', 'county-dpf', 'township-party', 'village-a']) {
      const official = await officialNamed(database.db, username);
      expect(await listAccounts(official), username).toBeNull();
      expect(await getAccount(official, official.id), username).toBeNull();
      expect(await listRegionChoices(official), username).toEqual([]);
    }
    const elsewhere: Official = { ...admin, regionCode: '220700' };
    expect(await listAccounts(elsewhere)).toEqual([]);
    expect(await getAccount(elsewhere, admin.id)).toBeNull();
    expect(await listRegionChoices(elsewhere)).toEqual([]);
  });
});

describe('getAccount', () => {
  it('reads one account of the city, and null for an unknown or malformed id', async () => {
    const villageA = await officialNamed(database.db, 'village-a');
    expect(await getAccount(admin, villageA.id)).toMatchObject({
      id: villageA.id,
      username: 'village-a',
      role: 'village',
      regionCode: '220802100201',
      regionName: '平安村委会',
      regionLevel: 'village',
      active: true,
      createdAt: expect.any(Date),
    });
    for (const id of [0, -1, 999_999, 2 ** 40, Number.NaN]) expect(await getAccount(admin, id), String(id)).toBeNull();
  });
});

describe('listRegionChoices', () => {
  it('offers every region of the city, by code, each named with the regions between it and the city', async () => {
    const choices = await listRegionChoices(admin);
    const expected = await rows<{ code: string }>(sql`select code from regions where code like '2208%' order by code`);
    expect(choices.map((c) => c.code)).toEqual(expected.map((e) => e.code));
    expect(choices[0]).toEqual({ code: '220800', name: '白城市', level: 'city', parents: [] });
    expect(choices.find((c) => c.code === '220802')).toEqual({ code: '220802', name: '洮北区', level: 'county', parents: [] });
    expect(choices.find((c) => c.code === '220802100')).toEqual({ code: '220802100', name: '平安镇', level: 'township', parents: ['洮北区'] });
    expect(choices.find((c) => c.code === '220802100201')).toEqual({
      code: '220802100201',
      name: '平安村委会',
      level: 'village',
      parents: ['洮北区', '平安镇'],
    });
  });
});
