// The posted household search against a real seeded database: what it finds, where it looks, and the
// Chinese messages for what it refuses.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { firstHouseholdList, searchHouseholds } from './household-search';

const VILLAGE_A = '220802100201'; // 平安村委会
const t = zhAdminHouseholds.list.searchErrors;

const database = useSeededDatabase();
let villageA: Official;
let villageB: Official;
let target: { id: number; certificate: string; fullName: string };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

beforeAll(async () => {
  villageA = await officialNamed(database.db, 'village-a');
  villageB = await officialNamed(database.db, 'village-b');
  const [row] = await queryRows<{ id: number; certificate: string; full_name: string }>(
    database.db,
    sql`select h.id, p.certificate_number as certificate, p.full_name from households h
        join household_private p on p.household_id = h.id where h.village_code = ${VILLAGE_A} order by h.id limit 1`,
  );
  target = { id: row!.id, certificate: row!.certificate, fullName: row!.full_name };
});

describe('searchHouseholds', () => {
  it('finds a household by its whole certificate number, or the last digits typed full-width, and echoes the search', async () => {
    const whole = await searchHouseholds(villageA, form({ q: ` ${target.certificate} `, village: '', status: '' }));
    expect(whole).toMatchObject({ searched: true, message: '', fieldErrors: {}, total: 1, values: { q: target.certificate, village: '', status: '' } });
    expect(whole.rows.map((r) => r.id)).toEqual([target.id]);
    const fullWidth = target.certificate.slice(-8).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const tail = await searchHouseholds(villageA, form({ q: fullWidth }));
    expect(tail.rows.map((r) => r.id)).toContain(target.id);
    expect(tail.values.q).toBe(target.certificate.slice(-8));
  });

  it('combines the village and status filters, and stays inside the official’s region', async () => {
    const registered = await searchHouseholds(villageA, form({ q: '', village: VILLAGE_A, status: 'registered' }));
    expect(registered.rows.length).toBeGreaterThan(0);
    expect(registered.rows.every((r) => r.villageCode === VILLAGE_A && r.status === 'registered')).toBe(true);
    const elsewhere = await searchHouseholds(villageB, form({ q: target.certificate }));
    expect(elsewhere).toMatchObject({ searched: true, rows: [], total: 0, message: '' });
  });

  it('refuses a search it cannot run, with a Chinese message per field, and finds nothing', async () => {
    const bad = await searchHouseholds(villageA, form({ q: '张'.repeat(51), village: '2208', status: 'archived' }));
    expect(bad).toMatchObject({ searched: true, message: zhAdmin.errors.fixFields, rows: [], total: 0 });
    expect(bad.fieldErrors).toEqual({ q: t.q, village: t.village, status: t.status });
    expect(bad.values).toEqual({ q: '张'.repeat(51), village: '2208', status: 'archived' });
    expect(await searchHouseholds(null, form({ q: target.certificate }))).toMatchObject({ message: zhAdmin.errors.signedOut, rows: [] });
  });
});

describe('firstHouseholdList', () => {
  it('lists the region’s households before any search', async () => {
    const first = await firstHouseholdList(villageA);
    expect(first).toMatchObject({ searched: false, message: '', values: { q: '', village: '', status: '' } });
    expect(first.rows.map((r) => r.id)).toContain(target.id);
    expect(first.rows.every((r) => r.villageCode === VILLAGE_A)).toBe(true);
  });
});
