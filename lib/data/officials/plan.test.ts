// The allocation plan read model against the demo data, checked against direct SQL.
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { allocationField, setAllocationPlan } from '@/lib/actions/plan';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { getAllocationPlan } from './plan';

const database = useSeededDatabase();
const { rows } = database;

describe('getAllocationPlan', () => {
  it('gives each county its target and passed households per year, equal to SQL counts', async () => {
    const plan = (await getAllocationPlan(await officialNamed(database.db, 'city')))!;
    expect(plan.editable).toBe(true);
    expect(plan.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    // Every county-level unit; annex 2 allocates to five: the development zone (220871) has no target yet.
    expect(plan.counties.map((c) => c.name)).toEqual(['洮北区', '镇赉县', '通榆县', '吉林白城经济开发区', '洮南市', '大安市']);
    expect(plan.counties.find((c) => c.code === '220871')!.cells.every((c) => c.target === null)).toBe(true);
    const expected = await rows<{ county: string; year: number; target: number; passed: number }>(sql`
      select a.county_code as county, a.year, a.target_households as target,
        (select count(*) from households h where h.programme_id = a.programme_id and h.year = a.year
           and left(h.village_code, 6) = a.county_code and h.status = 'passed')::int as passed
      from allocations a where a.programme_id = ${plan.programme.id}`);
    expect(expected).toHaveLength(25); // 5 counties × 5 years (2023–2027)
    for (const e of expected) {
      const cell = plan.counties.find((c) => c.code === e.county)!.cells.find((c) => c.year === e.year)!;
      expect(cell, `${e.county} ${e.year}`).toMatchObject({ target: e.target, passed: e.passed, over: Math.max(0, e.passed - e.target) });
    }
    expect(plan.allocatedTotal).toBe(110 * 5);
    expect(plan.allocatedTotal).toBe(plan.programme.targetHouseholds); // the demo plan adds up: no warning
    expect(plan.totals.find((t) => t.year === 2026)!.passed).toBe(expected.filter((e) => e.year === 2026).reduce((s, e) => s + e.passed, 0));
  });

  it('marks a county that passed more households than its allocation', async () => {
    const city = await officialNamed(database.db, 'city');
    const result = await setAllocationPlan.run(city, { ...(await formOf()), [allocationField('220802', 2026)]: '1' }, new Date());
    expect(result.ok).toBe(true);
    const cell = (await getAllocationPlan(city))!.counties[0]!.cells.find((c) => c.year === 2026)!;
    expect(cell.target).toBe(1);
    expect(cell.passed).toBeGreaterThan(1);
    expect(cell.over).toBe(cell.passed - 1);
  });

  it('other officials read it but cannot change it; the system administrator has no plan', async () => {
    for (const username of ['county-dpf', 'county-org', 'township-party', 'township-dpf', 'village-a']) {
      const plan = await getAllocationPlan(await officialNamed(database.db, username));
      expect(plan, username).not.toBeNull();
      expect(plan!.editable, username).toBe(false);
      expect(plan!.counties).toHaveLength(6); // public figures: the whole city
    }
    expect(await getAllocationPlan(await officialNamed(database.db, 'admin'))).toBeNull();
  });
});

async function formOf(): Promise<Record<string, string>> {
  const [p] = await rows<{ id: number; target: number }>(sql`select id, target_households as target from programmes order by id desc limit 1`);
  const cells = await rows<{ county_code: string; year: number; target: number }>(
    sql`select county_code, year, target_households as target from allocations where programme_id = ${p!.id}`,
  );
  const form: Record<string, string> = { programmeId: String(p!.id), targetHouseholds: String(p!.target) };
  for (const c of cells) form[allocationField(c.county_code, c.year)] = String(c.target);
  return form;
}
