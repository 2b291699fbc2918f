// What the database itself refuses, whatever the application does (db/migrations/0001_*).
import { sql, type SQL } from 'drizzle-orm';
import { appendAuditRow } from '@/lib/audit/record';
import { queryRows } from './client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '@/test/database';

let database: TestDatabase;
const run = (query: SQL) => queryRows<Record<string, unknown>>(database.db, query);
const one = async <T>(query: SQL) => (await queryRows<T>(database.db, query))[0]!;

// Drizzle wraps driver errors; the database's message is on the cause.
async function refusal(query: SQL): Promise<string> {
  try {
    await run(query);
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } };
    return `${e.message} ${e.cause?.message ?? ''}`;
  }
  throw new Error('the database accepted it');
}

beforeAll(async () => {
  database = await openTestDatabase('seeded');
});
afterAll(() => database.close());

describe('published notices are frozen', () => {
  it('refuses a change of content, a deletion, and a step back to draft', async () => {
    const { id } = await one<{ id: number }>(sql`select id from notices where status = 'published' limit 1`);
    expect(await refusal(sql`update notices set title = 'changed' where id = ${id}`)).toMatch(/content cannot change/);
    expect(await refusal(sql`update notices set period_ends_at = period_ends_at + interval '1 day' where id = ${id}`)).toMatch(/content cannot change/);
    expect(await refusal(sql`delete from notices where id = ${id}`)).toMatch(/cannot be deleted/);
    expect(await refusal(sql`update notices set status = 'draft', published_at = null, period_start_date = null, period_end_date = null, period_ends_at = null where id = ${id}`)).toMatch(/content cannot change|cannot become/);
  });

  it('refuses any change to a closed or withdrawn notice', async () => {
    const { id } = await one<{ id: number }>(sql`select id from notices where status = 'closed' limit 1`);
    expect(await refusal(sql`update notices set status = 'withdrawn', closed_at = null, withdrawn_at = now(), withdrawal_reason = 'x' where id = ${id}`)).toMatch(/cannot become/);
    const w = await one<{ id: number }>(sql`select id from notices where status = 'withdrawn' limit 1`);
    expect(await refusal(sql`update notices set withdrawal_reason = 'another reason' where id = ${w.id}`)).toMatch(/cannot change/);
  });

  it('freezes the list: no entry added, removed or edited; the outcome is set once, while published', async () => {
    const { id, entry } = await one<{ id: number; entry: number }>(sql`
      select n.id, e.id as entry from notices n join notice_entries e on e.notice_id = n.id
      where n.status = 'published' and e.outcome is null limit 1`);
    expect(await refusal(sql`delete from notice_entries where id = ${entry}`)).toMatch(/frozen/);
    expect(await refusal(sql`update notice_entries set income_per_capita = 100 where id = ${entry}`)).toMatch(/frozen/);
    expect(await refusal(sql`update notice_entries set masked_name = '李*', outcome = 'passed' where id = ${entry}`)).toMatch(/frozen/);
    const other = await one<{ household: number }>(sql`select id as household from households where status = 'registered' limit 1`);
    expect(await refusal(sql`
      insert into notice_entries (notice_id, household_id, position, masked_name, sex, age, disability_category,
        disability_grade, household_size, disabled_members, income_per_capita)
      values (${id}, ${other.household}, 99, '王*', 'M', 40, 4, 3, 3, 1, 1000)`)).toMatch(/frozen/);
    await run(sql`update notice_entries set outcome = 'passed' where id = ${entry}`);
    expect(await refusal(sql`update notice_entries set outcome = 'removed' where id = ${entry}`)).toMatch(/frozen/);
  });

  it('a draft stays editable', async () => {
    const { id } = await one<{ id: number }>(sql`select id from notices where status = 'draft' limit 1`);
    await run(sql`update notices set title = 'draft title' where id = ${id}`);
    expect((await one<{ title: string }>(sql`select title from notices where id = ${id}`)).title).toBe('draft title');
  });
});

describe('objections', () => {
  it('are accepted inside the period and refused outside it or on another notice’s entry', async () => {
    const open = await one<{ id: number; ends: Date; published: Date }>(sql`
      select id, period_ends_at as ends, published_at as published from notices where status = 'published' and period_ends_at > now() limit 1`);
    const ends = new Date(open.ends);
    const justBefore = new Date(ends.getTime() - 1000).toISOString();
    await run(sql`insert into objections (notice_id, channel, received_at) values (${open.id}, 'phone', ${justBefore})`);
    expect(await refusal(sql`insert into objections (notice_id, channel, received_at) values (${open.id}, 'phone', ${ends.toISOString()})`)).toMatch(/not open/);
    const foreign = await one<{ entry: number }>(sql`select id as entry from notice_entries where notice_id <> ${open.id} limit 1`);
    expect(await refusal(sql`insert into objections (notice_id, entry_id, channel, received_at) values (${open.id}, ${foreign.entry}, 'letter', ${justBefore})`)).toMatch(/not on notice/);
    const closed = await one<{ id: number }>(sql`select id from notices where status = 'closed' limit 1`);
    expect(await refusal(sql`insert into objections (notice_id, channel) values (${closed.id}, 'phone')`)).toMatch(/not open/);
  });

  it('need a reason when resolved', async () => {
    const { id } = await one<{ id: number }>(sql`select id from objections where status in ('received', 'investigating') limit 1`);
    expect(await refusal(sql`update objections set status = 'upheld', resolved_at = now() where id = ${id}`)).toMatch(/objections_resolution_ck/);
  });
});

describe('audit log', () => {
  it('is append-only and hash-chained', async () => {
    const { id } = await one<{ id: number }>(sql`select id from audit_log order by id limit 1`);
    expect(await refusal(sql`update audit_log set action = 'x' where id = ${id}`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from audit_log where id = ${id}`)).toMatch(/append-only/);
    expect(await refusal(sql`truncate audit_log`)).toMatch(/append-only/);
    await database.db.transaction(async (tx) => {
      await appendAuditRow(tx, { at: new Date(), officialId: null, role: null, action: 'test.one', entityType: 'test', entityId: '1', summary: {} });
      await appendAuditRow(tx, { at: new Date(), officialId: null, role: null, action: 'test.two', entityType: 'test', entityId: '2', summary: {} });
    });
    const last = await queryRows<{ prev_hash: string; hash: string }>(database.db, sql`select prev_hash, hash from audit_log order by id desc limit 2`);
    expect(last[0]!.prev_hash).toBe(last[1]!.hash);
    expect(last[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a row that does not link onto the end of the chain (db/migrations/0007_*)', async () => {
    const head = await one<{ id: string; hash: string }>(sql`select id::text as id, hash from audit_log order by audit_log.id desc limit 1`);
    const next = BigInt(head.id) + 1000n;
    const hex = 'a'.repeat(64);
    const insert = (id: bigint, prev: string, hash: string) =>
      sql`insert into audit_log (id, action, entity_type, entity_id, summary, prev_hash, hash) values (${id.toString()}::bigint, 'test.x', 'test', '1', '{}', ${prev}, ${hash})`;
    // The schema's defaults ('') no longer make a row: the writer must link it itself.
    expect(await refusal(sql`insert into audit_log (action, entity_type, entity_id, summary) values ('test.x', 'test', '1', '{}')`)).toMatch(/does not link/);
    expect(await refusal(insert(next, 'f'.repeat(64), hex))).toMatch(/does not link/);
    expect(await refusal(insert(BigInt(head.id), head.hash, hex))).toMatch(/must come after/);
    expect(await refusal(insert(next, head.hash, 'not-a-hash'))).toMatch(/HMAC-SHA256/);
    await run(insert(next, head.hash, hex)); // shape only: whether it is the right HMAC, only the key can tell
  });
});

describe('constraints', () => {
  it('refuse impossible households and region codes', async () => {
    const h = await one<{ id: number }>(sql`select id from households limit 1`);
    // Sizes are counted from the members (migration 0017): a write of them is replaced by the count…
    await run(sql`update households set disabled_members = household_size + 1 where id = ${h.id}`);
    expect(await one(sql`select household_size >= disabled_members as ok from households where id = ${h.id}`)).toEqual({ ok: true });
    // …and the CHECK still holds for a household inserted with impossible sizes.
    expect(
      await refusal(sql`insert into households (programme_id, year, village_code, masked_name, sex, age, disability_category,
          disability_grade, household_size, disabled_members, income_per_capita)
        select programme_id, year, village_code, masked_name, sex, age, disability_category, disability_grade, 1, 2, income_per_capita
          from households where id = ${h.id}`),
    ).toMatch(/households_members_ck/);
    expect(await refusal(sql`update households set disability_category = 8 where id = ${h.id}`)).toMatch(/households_category_ck/);
    expect(await refusal(sql`insert into regions (code, name, level, parent_code) values ('2208021', 'x', 'township', '220802')`)).toMatch(/regions_code_shape_ck/);
  });
});

describe('closing', () => {
  it('is refused while an objection is unresolved or an entry has no outcome', async () => {
    const pending = await one<{ id: number }>(sql`
      select n.id from notices n where n.status = 'published' and n.period_ends_at <= now()
        and exists (select 1 from objections o where o.notice_id = n.id and o.status in ('received', 'investigating')) limit 1`);
    await run(sql`update notice_entries set outcome = 'passed' where notice_id = ${pending.id} and outcome is null`);
    expect(await refusal(sql`update notices set status = 'closed', closed_at = now() where id = ${pending.id}`)).toMatch(/unresolved objections/);
    const ready = await one<{ id: number }>(sql`
      select n.id from notices n where n.status = 'published' and n.period_ends_at <= now()
        and not exists (select 1 from objections o where o.notice_id = n.id and o.status in ('received', 'investigating')) limit 1`);
    expect(await refusal(sql`update notices set status = 'closed', closed_at = now() where id = ${ready.id}`)).toMatch(/without an outcome/);
  });

  it('is refused before the period has ended', async () => {
    const open = await one<{ id: number }>(sql`select id from notices where status = 'published' and period_ends_at > now() limit 1`);
    await run(sql`update notice_entries set outcome = 'passed' where notice_id = ${open.id} and outcome is null`);
    await run(sql`update objections set status = 'dismissed', resolved_at = received_at, resolution_reason = '经核实不成立' where notice_id = ${open.id} and status in ('received', 'investigating')`);
    expect(await refusal(sql`update notices set status = 'closed', closed_at = now() where id = ${open.id}`)).toMatch(/notices_closed_ck|whole notice/);
  });
});

describe('after the notice', () => {
  it('refuses any change to a submitted annual summary, and allows drafts to change', async () => {
    const submitted = await one<{ id: number }>(sql`select id from annual_summaries where status = 'submitted' limit 1`);
    expect(await refusal(sql`update annual_summaries set summary = '改过的总结' where id = ${submitted.id}`)).toMatch(/submitted and cannot change/);
    expect(await refusal(sql`delete from annual_summaries where id = ${submitted.id}`)).toMatch(/submitted and cannot change/);
    const draft = await one<{ id: number }>(sql`select id from annual_summaries where status = 'draft' limit 1`);
    await run(sql`update annual_summaries set notes = '补充说明' where id = ${draft.id}`);
    expect((await one<{ notes: string }>(sql`select notes from annual_summaries where id = ${draft.id}`)).notes).toBe('补充说明');
  });

  it('refuses a third helper for a household', async () => {
    const household = await one<{ id: number }>(sql`select id from households where filed_at is not null order by id limit 1`);
    await run(sql`delete from helpers where household_id = ${household.id}`);
    await run(sql`insert into helpers (household_id, name, kind) values (${household.id}, '甲', 'leader'), (${household.id}, '乙', 'technician')`);
    expect(await refusal(sql`insert into helpers (household_id, name, kind) values (${household.id}, '丙', 'science_envoy')`)).toMatch(/already has two helpers/);
  });
});
