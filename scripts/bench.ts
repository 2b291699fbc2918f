// npm run bench: how the public read models scale. Builds an in-memory PGlite with the demo data plus
// a synthetic city-sized load (BENCH_HOUSEHOLDS households on BENCH_NOTICES closed notices), then
// times each public query and prints the median and 95th percentile. Figures, not assertions.
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { migrateDatabase, pgliteDatabase, queryRows } from '../db/client';
import { setProcessDatabase } from '../db/index';
import { seedDemo } from '../db/seed/demo';
import {
  getChildrenProgress,
  getCityProgress,
  getOpenNotices,
  getPublicNotice,
  getRegionNotices,
  getRegionProgress,
  searchRegions,
} from '../lib/data/public';

const householdCount = Number(process.env.BENCH_HOUSEHOLDS ?? 20_000);
const noticeCount = Number(process.env.BENCH_NOTICES ?? 2_000);
const runs = Number(process.env.BENCH_RUNS ?? 30);

const now = new Date();
const started = performance.now();
const database = await pgliteDatabase(await PGlite.create());
await migrateDatabase(database);
await seedDemo(database.db, now);
setProcessDatabase(database);
const { db } = database;

// Synthetic load, walking the same lifecycle the triggers demand: draft → entries → published → closed.
await db.transaction(async (tx) => {
  await tx.execute(sql`
    insert into households (programme_id, year, village_code, masked_name, sex, age, disability_category,
      disability_grade, household_size, disabled_members, income_per_capita, status)
    select 1, 2026, v.code, '王*', case when g % 2 = 0 then 'F' else 'M' end, 20 + g % 50, 1 + g % 7, 1 + g % 4,
      1 + g % 5, 1, 1000 + g % 1700, 'passed'
    from generate_series(1, ${householdCount}) g
    join lateral (select code from regions where level = 'village' order by code offset (g % 54) limit 1) v on true`);
  await tx.execute(sql`
    insert into notices (programme_id, year, village_code, title, issuing_body, objection_phone, objection_place)
    select 1, 2026, v.code, '基准测试公示 ' || g, '村党支部', '0436-0000000', '村委会'
    from generate_series(1, ${noticeCount}) g
    join lateral (select code from regions where level = 'village' order by code offset (g % 54) limit 1) v on true`);
  await tx.execute(sql`
    with bench_notices as (select id, village_code, row_number() over (partition by village_code order by id) as k
                           from notices where title like '基准测试公示 %'),
         bench_households as (select id, village_code, row_number() over (partition by village_code order by id) as k
                              from households where masked_name = '王*' and status = 'passed')
    insert into notice_entries (notice_id, household_id, position, masked_name, sex, age, disability_category,
      disability_grade, household_size, disabled_members, income_per_capita)
    select n.id, h.id, row_number() over (partition by n.id order by h.id), '王*', 'M', 40, 4, 2, 3, 1, 1500
    from bench_households h
    join bench_notices n on n.village_code = h.village_code
      and n.k = 1 + (h.k - 1) % greatest(1, (select count(*) from bench_notices b where b.village_code = h.village_code))`);
  await tx.execute(sql`
    update notices set status = 'published', published_at = ${new Date(now.getTime() - 60 * 86_400_000).toISOString()},
      period_start_date = '2026-09-01', period_end_date = '2026-09-07',
      period_ends_at = ${new Date(now.getTime() - 50 * 86_400_000).toISOString()}
    where title like '基准测试公示 %'`);
  await tx.execute(sql`update notice_entries set outcome = 'passed' where notice_id in (select id from notices where title like '基准测试公示 %')`);
  await tx.execute(sql`update notices set status = 'closed', closed_at = ${new Date(now.getTime() - 45 * 86_400_000).toISOString()} where title like '基准测试公示 %'`);
});
const [sizes] = await queryRows<{ households: number; notices: number; entries: number }>(
  db,
  sql`select (select count(*) from households)::int as households, (select count(*) from notices)::int as notices,
             (select count(*) from notice_entries)::int as entries`,
);
console.log(`database: ${sizes!.households} households, ${sizes!.notices} notices, ${sizes!.entries} entries (built in ${((performance.now() - started) / 1000).toFixed(1)} s, PGlite in memory)`);

const [bigNotice] = await queryRows<{ id: number; n: number }>(
  db,
  sql`select notice_id as id, count(*)::int as n from notice_entries group by notice_id order by n desc limit 1`,
);

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  console.log(`${label.padEnd(46)} median ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${at(0.95).toFixed(1).padStart(7)} ms`);
}

await time('city totals (home)', () => getCityProgress(1));
await time('county progress table (home)', () => getChildrenProgress('220800', 1, 2026));
await time('open notices (home)', () => getOpenNotices(now, 10));
await time('city notices, open + 50 latest (region page)', () => getRegionNotices('220800', now, 50));
await time('village notices, all (region page)', () => getRegionNotices('220802100201', now));
await time('village progress', () => getRegionProgress('220802100201', 1, 2026));
await time(`notice page (${bigNotice!.n} entries)`, () => getPublicNotice(bigNotice!.id));
await time('search "村"', () => searchRegions('村'));
await database.close();
