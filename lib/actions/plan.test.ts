// Saving the allocation plan (年度任务分配计划) on a real database: one transaction for every
// changed cell, refusals that name the field, only the city, and the audit trail.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Official } from '@/lib/auth/official';
import { verifyAuditChain } from '@/lib/audit/verify';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { allocationField, setAllocationPlan } from './plan';

const database = useSeededDatabase();
let city: Official;
let programme: { id: number; target: number; start_year: number; end_year: number };
const { rows } = database;
const now = () => new Date(database.seededAt.getTime() + 60_000);

/** What the page shows: every cell and the programme target, as strings, plus `previous`. */
async function planForm(changes: Record<string, string | number> = {}): Promise<Record<string, string | number>> {
  const cells = await rows<{ county_code: string; year: number; target: number }>(
    sql`select county_code, year, target_households as target from allocations where programme_id = ${programme.id}`,
  );
  const [p] = await rows<{ target: number }>(sql`select target_households as target from programmes where id = ${programme.id}`);
  const shown: Record<string, number> = { targetHouseholds: p!.target };
  for (const c of cells) shown[allocationField(c.county_code, c.year)] = c.target;
  const form: Record<string, string | number> = { programmeId: String(programme.id), previous: JSON.stringify(shown) };
  for (const [field, value] of Object.entries(shown)) form[field] = String(value);
  return { ...form, ...changes };
}

async function target(countyCode: string, year: number): Promise<number | null> {
  const [row] = await rows<{ target: number }>(
    sql`select target_households as target from allocations where programme_id = ${programme.id} and county_code = ${countyCode} and year = ${year}`,
  );
  return row?.target ?? null;
}

const auditCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'allocation.set'`))[0]!.n;

beforeAll(async () => {
  city = await officialNamed(database.db, 'city');
  [programme] = (await rows<typeof programme>(
    sql`select id, target_households as target, start_year, end_year from programmes order by id desc limit 1`,
  )) as [typeof programme];
});

describe('setAllocationPlan', () => {
  it('saves every changed cell and the programme target in one go, and audits old and new numbers', async () => {
    const before = await auditCount();
    const result = await setAllocationPlan.run(
      city,
      await planForm({ [allocationField('220802', 2026)]: '30', [allocationField('220821', 2027)]: '２１', targetHouseholds: '560' }),
      now(),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await target('220802', 2026)).toBe(30);
    expect(await target('220821', 2027)).toBe(21); // full-width digits typed by a Chinese IME
    expect(await target('220822', 2026)).toBe(20); // untouched
    const [p] = await rows<{ target: number }>(sql`select target_households as target from programmes where id = ${programme.id}`);
    expect(p!.target).toBe(560);

    expect(await auditCount()).toBe(before + 1);
    const [audit] = await rows<{ summary: unknown; role: string; entity_id: string; at: Date }>(
      sql`select summary, role, entity_id, at from audit_log where action = 'allocation.set' order by id desc limit 1`,
    );
    expect(audit!.role).toBe('city');
    expect(audit!.entity_id).toBe(String(programme.id));
    expect(audit!.summary).toEqual({
      cells: [
        { countyCode: '220802', year: 2026, from: 24, to: 30 },
        { countyCode: '220821', year: 2027, from: 20, to: 21 },
      ],
      targetHouseholds: { from: 550, to: 560 },
    });
  });

  it('a bad cell refuses the whole save and names the field; nothing is written', async () => {
    const before = await auditCount();
    const good = allocationField('220881', 2026);
    for (const bad of ['-3', '2.5', 'abc', '', '1000000']) {
      const field = allocationField('220882', 2025);
      const result = await setAllocationPlan.run(city, await planForm({ [good]: '99', [field]: bad }), now());
      expect(result.ok, bad).toBe(false);
      if (result.ok) continue;
      expect(Object.keys(result.fieldErrors), bad).toEqual([field]);
      expect(result.message).toBe(zhAdmin.errors.fixFields);
    }
    const missingTarget = await setAllocationPlan.run(city, await planForm({ [good]: '99', targetHouseholds: ' ' }), now());
    expect(missingTarget).toMatchObject({ ok: false, fieldErrors: { targetHouseholds: '请填写工程总目标户数' } });
    expect(await target('220881', 2026)).toBe(24);
    expect(await target('220882', 2025)).toBe(22);
    expect(await auditCount()).toBe(before);
  });

  it('a blank cell leaves a county without an allocation as it is (220871), but cannot remove one', async () => {
    const zone = allocationField('220871', 2026);
    expect(await target('220871', 2026)).toBeNull();
    const saved = await setAllocationPlan.run(city, await planForm({ [zone]: ' ', [allocationField('220881', 2026)]: '25' }), now());
    expect(saved).toMatchObject({ ok: true });
    expect(await target('220871', 2026)).toBeNull();
    expect(await target('220881', 2026)).toBe(25);
    const emptied = await setAllocationPlan.run(city, await planForm({ [allocationField('220881', 2026)]: '' }), now());
    expect(emptied).toMatchObject({ ok: false, fieldErrors: { [allocationField('220881', 2026)]: '请填写任务户数（没有任务填 0）' } });
    expect(await target('220881', 2026)).toBe(25);
  });

  it('refuses a county outside the city or a year outside the programme, by field', async () => {
    const outside = allocationField('220399', 2026);
    const early = allocationField('220802', programme.start_year - 1);
    const result = await setAllocationPlan.run(city, await planForm({ [outside]: '5', [early]: '5' }), now());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual([early, outside].sort());
    const stray = await setAllocationPlan.run(city, await planForm({ note: '1' }), now());
    expect(stray).toMatchObject({ ok: false, refused: 'rule' });
  });

  it('only the city may save: every other role is refused and nothing changes', async () => {
    const before = await auditCount();
    for (const username of ['admin', 'county-dpf', 'county-org', 'township-party', 'township-dpf', 'village-a', 'village-b']) {
      const official = await officialNamed(database.db, username);
      const result = await setAllocationPlan.run(official, await planForm({ [allocationField('220802', 2025)]: '1' }), now());
      expect(result, username).toMatchObject({ ok: false, refused: 'role' });
    }
    expect(await setAllocationPlan.run(null, await planForm(), now())).toMatchObject({ ok: false, refused: 'signed_out' });
    expect(await target('220802', 2025)).toBe(24);
    expect(await auditCount()).toBe(before);
  });

  it('a city official of another city is refused by region', async () => {
    const elsewhere: Official = { ...city, regionCode: '220700' };
    const result = await setAllocationPlan.run(elsewhere, await planForm({ [allocationField('220802', 2025)]: '1' }), now());
    expect(result).toMatchObject({ ok: false, refused: 'region' });
  });

  it('a county may pass more households than its allocation: a target below them is accepted', async () => {
    const [passed] = await rows<{ n: number }>(
      sql`select count(*)::int as n from households where left(village_code, 6) = '220802' and year = 2026 and status = 'passed'`,
    );
    expect(passed!.n).toBeGreaterThan(0);
    const result = await setAllocationPlan.run(city, await planForm({ [allocationField('220802', 2026)]: '0' }), now());
    expect(result).toMatchObject({ ok: true });
    expect(await target('220802', 2026)).toBe(0);
  });

  it('inserts a missing cell (upsert by programme, county and year)', async () => {
    await rows(sql`delete from allocations where programme_id = ${programme.id} and county_code = '220822' and year = 2027`);
    const form = await planForm({ [allocationField('220822', 2027)]: '18' });
    const result = await setAllocationPlan.run(city, form, now());
    expect(result).toMatchObject({ ok: true });
    expect(await target('220822', 2027)).toBe(18);
  });

  it('with nothing changed it saves nothing and writes no audit row', async () => {
    const before = await auditCount();
    const result = await setAllocationPlan.run(city, await planForm(), now());
    expect(result).toMatchObject({ ok: true, message: '没有改动，无需保存。' });
    expect(await auditCount()).toBe(before);
  });

  it('does not overwrite a figure someone else changed after the page was opened', async () => {
    const opened = await planForm(); // official A opens the page
    const other = await setAllocationPlan.run(city, await planForm({ [allocationField('220881', 2027)]: '30' }), now()); // B saves
    expect(other.ok).toBe(true);

    // A changes another cell only: B's figure stays (A's stale copy of it is not written back).
    const mine = await setAllocationPlan.run(city, { ...opened, [allocationField('220882', 2027)]: '23' }, now());
    expect(mine).toMatchObject({ ok: true });
    expect(await target('220881', 2027)).toBe(30);
    expect(await target('220882', 2027)).toBe(23);

    // A changes the very cell B changed: refused, naming it, and nothing of A's save is written.
    const clash = await setAllocationPlan.run(
      city,
      { ...opened, [allocationField('220881', 2027)]: '26', [allocationField('220802', 2027)]: '25' },
      now(),
    );
    expect(clash).toMatchObject({ ok: false, fieldErrors: { [allocationField('220881', 2027)]: expect.any(String) } });
    expect(await target('220881', 2027)).toBe(30);
    expect(await target('220802', 2027)).toBe(24);
  });

  it('keeps the audit chain intact', async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });
});
