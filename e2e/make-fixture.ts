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
    sql`select status, resolution_reason from objections where notice_id = ${n.id} and status not in ('submitted', 'rejected') order by id`,
  );
  return { ...n, entries, objections };
};
const notices = {
  open: await noticeOf(sql`status = 'published' and period_ends_at > now() and exists (select 1 from objections o where o.notice_id = notices.id)`),
  ended: await noticeOf(sql`status = 'published' and period_ends_at <= now()`),
  // Closed within the last 30 days, so its list is still shown (lib/domain/retention.ts).
  closedWithRemoval: await noticeOf(sql`status = 'closed' and closed_at > now() - interval '29 days'
    and exists (select 1 from notice_entries e where e.notice_id = notices.id and e.outcome = 'removed')`),
  closedExpired: await noticeOf(sql`status = 'closed' and closed_at < now() - interval '31 days'`),
  withdrawn: await noticeOf(sql`status = 'withdrawn'`),
};
const [draft] = await rows<{ id: number }>(sql`select id from notices where status = 'draft' limit 1`);
const village = notices.open.village_code;
const [township] = await rows<{ code: string; name: string }>(sql`select code, name from regions where code = ${village.slice(0, 9)}`);
const villages = await rows<{ code: string; name: string }>(sql`select code, name from regions where parent_code = ${township!.code} order by code`);

// A filed household (建档户) of 平安镇 for the help-measure browser tests: 平安村委会 first (village-a's), one
// already paired and visited first, so recording one more pairing and visit changes no count elsewhere.
const [filedHousehold] = await rows<{ id: number; village_code: string }>(sql`
  select h.id, h.village_code from households h
  where h.filed_at is not null and h.village_code like '220802100%'
  order by (h.village_code = '220802100201') desc,
    exists (select 1 from pairings p where p.household_id = h.id) desc,
    exists (select 1 from visits v where v.household_id = h.id) desc, h.id
  limit 1`);

// What village-a (平安村委会) has in the demo data, for the officials' lifecycle test.
const villageA = '220802100201';
const [readyToClose] = await rows<{ id: number }>(sql`
  select n.id from notices n where n.village_code = ${villageA} and n.status = 'published' and n.period_ends_at <= now()
    and not exists (select 1 from objections o where o.notice_id = n.id and o.status in ('submitted', 'received', 'investigating'))
  order by n.id limit 1`);
const [openNoticeA] = await rows<{ id: number }>(sql`
  select id from notices where village_code = ${villageA} and status = 'published' and period_ends_at > now() order by id limit 1`);
const [registeredA] = await rows<{ id: number }>(sql`
  select id from households where village_code = ${villageA} and status = 'registered' order by id limit 1`);
if (!readyToClose || !openNoticeA || !registeredA) throw new Error('the demo data lacks what village-a needs');

const [{ n: regionCount }] = (await rows<{ n: number }>(sql`select count(*)::int as n from regions`)) as [{ n: number }];
const secrets = await rows<{ value: string }>(sql`
  select certificate_number as value from household_private
  union select id_number from household_private
  union select phone from household_private where phone is not null
  union select address from household_private
  union select full_name from household_private where char_length(full_name) >= 3
  union select employment_intention from household_private where char_length(employment_intention) >= 6
  union select summary from objection_private
  union select objector_name from objection_private where char_length(objector_name) >= 3
  union select objector_contact from objection_private where objector_contact is not null
  union select who from left_out_private union select why from left_out_private
  union select reporter_contact from left_out_private where reporter_contact is not null`);
// A left-out household report (应列未列) of the open notice's village, for the public pages' checks.
const [leftOut] = await rows<{ reference: string }>(sql`select reference from left_out_reports order by id limit 1`);

// Approval and filing (e2e/approvals.spec.ts): a passed household no body has decided on yet, of
// 平安村委会 (the demo accounts' village) when there is one, else elsewhere in 洮北区; and for each step the
// account that decides it there, the named demo accounts first.
const [approvalHousehold] = await rows<{ id: number; village_code: string; full_name: string }>(sql`
  select h.id, h.village_code, p.full_name from households h join household_private p on p.household_id = h.id
  where h.status = 'passed' and h.filed_at is null and h.village_code like '220802%'
    and not exists (select 1 from approvals a where a.household_id = h.id)
  order by (h.village_code = '220802100201') desc, h.id limit 1`);
const approvalSteps = ['village', 'township_party', 'township_dpf', 'county_dpf', 'county_org'] as const;
const approvers: Record<string, string> = {};
for (const step of approvalSteps) {
  if (!approvalHousehold) break;
  const code = approvalHousehold.village_code;
  const region = step === 'village' ? code : step.startsWith('township') ? code.slice(0, 9) : code.slice(0, 6);
  const [account] = await rows<{ username: string }>(sql`
    select username from officials where role = ${step} and region_code = ${region} and active
    order by (username in ('village-a', 'township-party', 'township-dpf', 'county-dpf', 'county-org')) desc, id limit 1`);
  if (account) approvers[step] = account.username;
}
const approval = approvalHousehold
  ? { householdId: approvalHousehold.id, fullName: approvalHousehold.full_name, villageCode: approvalHousehold.village_code, approvers }
  : null;
// Public progress (/progress, the open-data API and its CSV), counted directly in SQL.
const progressCounties = await rows<{
  code: string; name: string; allocation: number; publicised: number; passed: number; filed: number; paired: number;
  outOfPoverty: number; microLoan: number; dpfFunding: number;
}>(sql`
  select r.code, r.name, a.target_households as allocation,
    count(h.id) filter (where h.status in ('listed', 'passed', 'removed'))::int as "publicised",
    count(h.id) filter (where h.status = 'passed')::int as "passed",
    count(h.id) filter (where h.filed_at is not null)::int as "filed",
    count(h.id) filter (where exists (select 1 from pairings p where p.household_id = h.id))::int as "paired",
    -- 稳定脱贫 (docs/DOMAIN.md): latest confirmed year at or above the threshold; every entered member in 新农合,
    -- in 新农保 when 16 or over (today, China date) and with 低保 granted or not eligible; housing secured; a skill
    -- from a training record; an income project.
    count(h.id) filter (where (select i.income_per_capita >= (select income_threshold from programmes where id = ${programme.id})
        from income_records i where i.household_id = h.id and i.confirmed_at is not null order by i.year desc limit 1) is true
      and exists (select 1 from household_members m where m.household_id = h.id and m.relation is not null)
      and not exists (select 1 from household_members m where m.household_id = h.id and m.relation is not null
        and (m.rural_medical is not true or m.dibao is null or m.dibao not in ('granted', 'not_eligible')
          or (m.rural_pension is not true and m.birth_date <= (now() at time zone 'Asia/Shanghai')::date - interval '16 years')))
      and exists (select 1 from guarantees q where q.household_id = h.id and q.kind = 'housing')
      and exists (select 1 from trainings t where t.household_id = h.id)
      and exists (select 1 from income_projects p where p.household_id = h.id))::int as "outOfPoverty",
    coalesce((select sum(s.amount_yuan) from supports s join households x on x.id = s.household_id
      where s.kind = 'micro_loan' and left(x.village_code, 6) = r.code and x.year = ${year}), 0)::int as "microLoan",
    coalesce((select sum(s.amount_yuan) from supports s join households x on x.id = s.household_id
      where s.kind = 'dpf_funding' and left(x.village_code, 6) = r.code and x.year = ${year}), 0)::int as "dpfFunding"
  from regions r join allocations a on a.county_code = r.code and a.year = ${year} and a.programme_id = ${programme.id}
  left join households h on left(h.village_code, 6) = r.code and h.year = ${year}
  where r.level = 'county' group by r.code, r.name, a.target_households order by r.code`);
const progressMonths = await rows<{ county: string; month: string; publicised: number; passed: number; filed: number }>(sql`
  with events as (
    select left(h.village_code, 6) as county, to_char(n.published_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, 'publicised' as what
      from households h join notice_entries e on e.household_id = h.id join notices n on n.id = e.notice_id and n.status in ('published', 'closed')
      where h.status in ('listed', 'passed', 'removed') and h.year = ${year}
    union all select left(h.village_code, 6), to_char(n.closed_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'passed'
      from households h join notice_entries e on e.household_id = h.id and e.outcome = 'passed' join notices n on n.id = e.notice_id and n.status = 'closed'
      where h.status = 'passed' and h.year = ${year}
    union all select left(village_code, 6), to_char(filed_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'filed'
      from households where filed_at is not null and year = ${year})
  select county, month, count(*) filter (where what = 'publicised')::int as publicised, count(*) filter (where what = 'passed')::int as passed,
         count(*) filter (where what = 'filed')::int as filed
  from events group by county, month order by county, month`);
const progress = { counties: progressCounties, months: progressMonths };
await close();

fs.writeFileSync(
  out,
  JSON.stringify({ villageA: { readyToClose: readyToClose.id, openNotice: openNoticeA.id, registeredHousehold: registeredA.id }, programme, year, counties, city, notices, draftId: draft?.id ?? null, filedHousehold: filedHousehold ?? null, township, villages, regionCount, secrets: secrets.map((s) => s.value), leftOutReference: leftOut?.reference ?? null, approval, progress }, null, 1),
);
console.log(`fixture: ${counties.length} counties, ${secrets.length} private values`);
