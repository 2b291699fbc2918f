// The household_counts rollup (migrations 0016, 0023) against direct counts of households, after random
// sequences of inserts, updates (status, 建档, year, village, in bulk), deletes, and pairings recorded and
// removed (结对), some of them rolled back, on the demo data. The triggers keep it in the writing transaction, whatever path writes.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { useSeededDatabase } from '@/test/seeded-database';
import { getChildrenProgress, getCityProgress, getRegionProgress } from './public';

const database = useSeededDatabase();
const { rows } = database;

type Row = { programme_id: number; village_code: string; year: number; status: string; filed: boolean; paired: boolean; n: number };
const key = (r: Row) => `${r.programme_id}/${r.village_code}/${r.year}/${r.status}/${r.filed}/${r.paired}`;
const asMap = (list: Row[]) => new Map(list.filter((r) => r.n !== 0).map((r) => [key(r), r.n]));

async function compare() {
  const rollup = await rows<Row>(sql`select programme_id, village_code, year, status, filed, paired, n from household_counts`);
  const direct = await rows<Row>(sql`
    select programme_id, village_code, year, status, filed_at is not null as filed,
      exists (select 1 from pairings p where p.household_id = h.id) as paired, count(*)::int as n
    from households h group by 1, 2, 3, 4, 5, 6`);
  expect(asMap(rollup)).toEqual(asMap(direct));
}

const STATUSES = ['registered', 'listed', 'passed', 'removed'] as const;
const YEARS = [2024, 2025, 2026];

type Op =
  | { kind: 'insert'; village: number; year: number; status: number; count: number }
  | { kind: 'update'; pick: number; status: number; filed: boolean; year: number | null; village: number | null }
  | { kind: 'delete'; pick: number }
  | { kind: 'pair'; pick: number }
  | { kind: 'unpair'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), village: fc.nat(), year: fc.nat(), status: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    kind: fc.constant('update' as const),
    pick: fc.nat(),
    status: fc.nat(),
    filed: fc.boolean(),
    year: fc.option(fc.nat(), { nil: null }),
    village: fc.option(fc.nat(), { nil: null }),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('pair' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('unpair' as const), pick: fc.nat() }),
);

async function apply(db: Db, o: Op, villages: string[]) {
  const village = (i: number) => villages[i % villages.length]!;
  if (o.kind === 'insert') {
    const status = STATUSES[o.status % STATUSES.length]!;
    await db.execute(sql`insert into households (programme_id, year, village_code, masked_name, sex, age, disability_category,
        disability_grade, household_size, disabled_members, income_per_capita, status)
      select 1, ${YEARS[o.year % YEARS.length]!}, ${village(o.village)}, '卷*户', 'F', 40, 1, 2, 3, 1, 2000, ${status}
      from generate_series(1, ${o.count})`);
    return;
  }
  // A bulk write over a slice of the households this test added (a notice may list the demo's).
  const slice = sql`id in (select id from households where masked_name = '卷*户' and id % 3 = ${o.pick % 3})`;
  if (o.kind === 'delete') {
    // a household's pairing goes first (its foreign key), by a statement of its own (migration 0023)
    await db.execute(sql`delete from pairings where household_id in (select id from households where ${slice})`);
    await db.execute(sql`delete from households where ${slice}`);
    return;
  }
  if (o.kind === 'pair') {
    // a cadre pairs with every unpaired household of the slice at once (one statement, many rows)
    await db.execute(sql`insert into pairings (household_id, cadre_name, cadre_post, agreement_date)
      select id, '卷干部', '村支书', '2025-03-01' from households where ${slice} on conflict (household_id) do nothing`);
    return;
  }
  if (o.kind === 'unpair') {
    await db.execute(sql`delete from pairings where household_id in (select id from households where ${slice} and id % 2 = ${o.pick % 2})`);
    return;
  }
  const status = STATUSES[o.status % STATUSES.length]!;
  const filed = o.filed && status === 'passed';
  await db.execute(sql`update households set status = ${status}, filed_at = ${filed ? sql`now()` : sql`null`}
      ${o.year === null ? sql`` : sql`, year = ${YEARS[o.year % YEARS.length]!}`}
      ${o.village === null ? sql`` : sql`, village_code = ${village(o.village)}`}
    where ${slice}`);
}

describe('household_counts rollup', () => {
  it('starts equal to the households the demo seeded', async () => {
    await compare();
    const [{ n }] = (await rows<{ n: number }>(sql`select coalesce(sum(n), 0)::int as n from household_counts`)) as [{ n: number }];
    expect(n).toBeGreaterThan(100);
  });

  it('equals direct counts after any sequence of writes, committed or rolled back', async () => {
    const villages = (await rows<{ code: string }>(sql`select code from regions where level = 'village' order by code limit 6`)).map((r) => r.code);
    expect(villages.length).toBe(6);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), fc.boolean(), async (ops, rollBack) => {
        const undo = new Error('roll back');
        await database.db
          .transaction(async (tx) => {
            for (const o of ops) await apply(tx as unknown as Db, o, villages);
            if (rollBack) throw undo;
          })
          .catch((e: unknown) => {
            if (e !== undo) throw e;
          });
        await compare();
      }),
      { numRuns: 25 },
    );
  });

  it('is what the public figures read, equal to counting households directly', async () => {
    const [direct] = await rows<{ publicised: number; passed: number }>(sql`
      select count(*) filter (where status in ('listed', 'passed', 'removed'))::int as publicised,
             count(*) filter (where status = 'passed')::int as passed from households where programme_id = 1`);
    expect(await getCityProgress(1)).toEqual(direct);
    const city = (await rows<{ code: string }>(sql`select code from regions where level = 'city' limit 1`))[0]!.code;
    for (const child of await getChildrenProgress(city, 1, 2026)) {
      const prefix = child.code.slice(0, 6);
      const [own] = await rows<{ publicised: number; passed: number }>(sql`
        select count(*) filter (where status in ('listed', 'passed', 'removed'))::int as publicised,
               count(*) filter (where status = 'passed')::int as passed
        from households where programme_id = 1 and year = 2026 and left(village_code, 6) = ${prefix}`);
      expect({ publicised: child.publicised, passed: child.passed }, child.code).toEqual(own);
      expect(await getRegionProgress(child.code, 1, 2026)).toEqual(own);
    }
    expect(await getRegionProgress('not-a-code', 1, null)).toEqual({ publicised: 0, passed: 0 });
  });
});
