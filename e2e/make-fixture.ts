// Reads the database the browser tests will use (before the server opens it) and writes what the
// pages should show, counted directly in SQL, plus every private value that must never appear.
import fs from 'node:fs';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, queryRows } from '../db/client';
import { currentProgrammeYear } from '../lib/domain/programme';

const out = process.env.E2E_FIXTURE;
if (!out) throw new Error('E2E_FIXTURE must name the output file');
const { db, close } = await openDatabase();
const rows = <T>(query: SQL) => queryRows<T>(db, query);

const [programme] = await rows<{ id: number; name: string; target: number; start_year: number; end_year: number }>(
  sql`select id, name, target_households as target, start_year, end_year from programmes order by id desc limit 1`,
);
if (!programme) throw new Error('no programme: seed the database first');
const year = currentProgrammeYear({ startYear: programme.start_year, endYear: programme.end_year }, new Date());

const counties = await rows<{ code: string; name: string; allocation: number; publicised: number; passed: number }>(sql`
  select r.code, r.name, a.target_households as allocation,
    (select count(*) from households h where left(h.village_code, 6) = r.code and h.year = ${year}
       and h.status in ('listed', 'passed', 'removed'))::int as publicised,
    (select count(*) from households h where left(h.village_code, 6) = r.code and h.year = ${year}
       and h.status = 'passed')::int as passed
  from regions r join allocations a on a.county_code = r.code and a.year = ${year} and a.programme_id = ${programme.id}
  where r.level = 'county' order by r.code`);
const [city] = await rows<{ publicised: number; passed: number }>(sql`
  select count(*) filter (where status in ('listed', 'passed', 'removed'))::int as publicised,
         count(*) filter (where status = 'passed')::int as passed from households`);

const noticeOf = async (where: SQL) => {
  const [n] = await rows<{ id: number; title: string; village_code: string; withdrawal_reason: string | null }>(
    sql`select id, title, village_code, withdrawal_reason from notices where ${where} order by id limit 1`,
  );
  if (!n) throw new Error('the demo data lacks a notice in some state');
  const entries = await rows<{ id: number; masked_name: string; outcome: string | null }>(
    sql`select id, masked_name, outcome from notice_entries where notice_id = ${n.id} order by position`,
  );
  const objections = await rows<{ status: string; resolution_reason: string | null }>(
    sql`select status, resolution_reason from objections where notice_id = ${n.id} order by id`,
  );
  return { ...n, entries, objections };
};
const notices = {
  open: await noticeOf(sql`status = 'published' and period_ends_at > now() and exists (select 1 from objections o where o.notice_id = notices.id)`),
  ended: await noticeOf(sql`status = 'published' and period_ends_at <= now()`),
  closedWithRemoval: await noticeOf(sql`status = 'closed' and exists (select 1 from notice_entries e where e.notice_id = notices.id and e.outcome = 'removed')`),
  withdrawn: await noticeOf(sql`status = 'withdrawn'`),
};
const [draft] = await rows<{ id: number }>(sql`select id from notices where status = 'draft' limit 1`);
const village = notices.open.village_code;
const [township] = await rows<{ code: string; name: string }>(sql`select code, name from regions where code = ${village.slice(0, 9)}`);
const villages = await rows<{ code: string; name: string }>(sql`select code, name from regions where parent_code = ${township!.code} order by code`);

const secrets = await rows<{ value: string }>(sql`
  select certificate_number as value from household_private
  union select id_number from household_private
  union select phone from household_private where phone is not null
  union select address from household_private
  union select full_name from household_private where char_length(full_name) >= 3
  union select employment_intention from household_private where char_length(employment_intention) >= 6
  union select summary from objection_private
  union select objector_name from objection_private where char_length(objector_name) >= 3
  union select objector_contact from objection_private where objector_contact is not null`);
await close();

fs.writeFileSync(
  out,
  JSON.stringify({ programme, year, counties, city, notices, draftId: draft?.id ?? null, township, villages, secrets: secrets.map((s) => s.value) }, null, 1),
);
console.log(`fixture: ${counties.length} counties, ${secrets.length} private values`);
