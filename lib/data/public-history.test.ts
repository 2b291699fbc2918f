// The public history of a notice against the demo data: the right steps in the right order, the acting
// body as role and region, and nothing private (no summary, no names, no objector) in what it returns.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useSeededDatabase } from '@/test/seeded-database';
import { getNoticeHistory, type NoticeEvent } from './public-history';

const database = useSeededDatabase();
const { rows } = database;

const VILLAGE_A = { role: 'village', regionCode: '220802100201', regionName: '平安村委会' } as const;

/** The steps in a compact form that reads like the list on the page. */
function steps(events: NoticeEvent[]) {
  return events.map((e) => ({
    kind: e.kind,
    actor: e.actor,
    other: e.otherNoticeId,
    objection: e.objection && {
      n: e.objection.number,
      about: e.objection.about?.position ?? 'notice',
      outcome: e.objection.outcome,
    },
  }));
}

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe('getNoticeHistory', () => {
  it('closed notice #6 of 平安村委会: published, one objection recorded, investigated and dismissed, closed', async () => {
    const [notice] = await rows<{ status: string; village_code: string }>(sql`select status, village_code from notices where id = 6`);
    expect(notice).toEqual({ status: 'closed', village_code: VILLAGE_A.regionCode });
    const events = await getNoticeHistory(6);
    expect(steps(events)).toEqual([
      { kind: 'published', actor: VILLAGE_A, other: null, objection: null },
      { kind: 'objection_recorded', actor: VILLAGE_A, other: null, objection: { n: 1, about: 2, outcome: null } },
      { kind: 'objection_investigated', actor: VILLAGE_A, other: null, objection: { n: 1, about: 2, outcome: null } },
      { kind: 'objection_resolved', actor: VILLAGE_A, other: null, objection: { n: 1, about: 2, outcome: 'dismissed' } },
      { kind: 'closed', actor: VILLAGE_A, other: null, objection: null },
    ]);
    // Oldest first, and every time is the audit row's own.
    const times = events.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const [published] = await rows<{ at: Date | string }>(
      sql`select at from audit_log where entity_type = 'notice' and entity_id = '6' and action = 'notice.publish'`,
    );
    expect(events[0]!.at.getTime()).toBe(new Date(published!.at).getTime());
  });

  it('period-ended notice #19: two objections, one upheld against entry 3 and one dismissed, in the order they happened', async () => {
    const events = await getNoticeHistory(19);
    expect(steps(events)).toEqual([
      { kind: 'published', actor: VILLAGE_A, other: null, objection: null },
      { kind: 'objection_recorded', actor: VILLAGE_A, other: null, objection: { n: 1, about: 3, outcome: null } },
      { kind: 'objection_investigated', actor: VILLAGE_A, other: null, objection: { n: 1, about: 3, outcome: null } },
      { kind: 'objection_resolved', actor: VILLAGE_A, other: null, objection: { n: 1, about: 3, outcome: 'upheld' } },
      { kind: 'objection_recorded', actor: VILLAGE_A, other: null, objection: { n: 2, about: 1, outcome: null } },
      { kind: 'objection_investigated', actor: VILLAGE_A, other: null, objection: { n: 2, about: 1, outcome: null } },
      { kind: 'objection_resolved', actor: VILLAGE_A, other: null, objection: { n: 2, about: 1, outcome: 'dismissed' } },
    ]);
    // The household is named as the public list names it: position and masked name from the snapshot.
    const [entry] = await rows<{ masked_name: string }>(sql`select masked_name from notice_entries where notice_id = 19 and position = 3`);
    expect(events[1]!.objection!.about).toEqual({ position: 3, maskedName: entry!.masked_name });
  });

  it('a superseded notice links to its correction, and the correction back to it; system rows have no actor', async () => {
    const [pair] = await rows<{ old: number; correction: number }>(
      sql`select supersedes_id as old, id as correction from notices where supersedes_id is not null`,
    );
    const old = await getNoticeHistory(pair!.old);
    expect(steps(old).map((s) => [s.kind, s.other, s.objection?.about ?? null, s.objection?.outcome ?? null])).toEqual([
      ['published', null, null, null],
      ['objection_recorded', null, 'notice', null],
      ['objection_investigated', null, 'notice', null],
      ['objection_resolved', null, 'notice', 'upheld'],
      ['superseded', pair!.correction, null, null],
    ]);
    expect(old.every((e) => e.actor === null)).toBe(true); // seeded without an official: '系统'
    const correction = await getNoticeHistory(pair!.correction);
    expect(steps(correction).map((s) => [s.kind, s.other])).toEqual([
      ['published', pair!.old],
      ['closed', null],
    ]);
  });

  it('shows a withdrawal and never a drafting step', async () => {
    const [withdrawn] = await rows<{ id: number }>(sql`select id from notices where status = 'withdrawn' limit 1`);
    expect(steps(await getNoticeHistory(withdrawn!.id)).map((s) => s.kind)).toEqual(['published', 'withdrawn']);
    const [created] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'notice.create' and entity_id = ${String(withdrawn!.id)}`);
    expect(created!.n).toBe(1); // the drafting step exists in the log but is not public
  });

  it('gives nothing for a draft, an unknown or a malformed id', async () => {
    const [draft] = await rows<{ id: number }>(sql`select id from notices where status = 'draft' limit 1`);
    expect(await getNoticeHistory(draft!.id)).toEqual([]);
    expect(await getNoticeHistory(99999)).toEqual([]);
    expect(await getNoticeHistory(0)).toEqual([]);
    expect(await getNoticeHistory(Number.NaN)).toEqual([]);
  });

  it('returns no summary and no private value, for every published notice', async () => {
    const ids = await rows<{ id: number }>(sql`select id from notices where status <> 'draft' order by id`);
    const all = (await Promise.all(ids.map((n) => getNoticeHistory(n.id)))).flat();
    expect(all.length).toBeGreaterThan(50);
    expect([...keysOf(all)].sort()).toEqual(
      ['about', 'actor', 'at', 'auditId', 'kind', 'maskedName', 'number', 'objection', 'otherNoticeId', 'outcome', 'position', 'regionCode', 'regionName', 'role'].sort(),
    );
    const json = JSON.stringify(all);
    const secrets = await rows<{ v: string }>(sql`
      select certificate_number as v from household_private
      union select id_number from household_private
      union select phone from household_private where phone is not null
      union select address from household_private
      union select full_name from household_private where char_length(full_name) >= 3
      union select summary from objection_private
      union select objector_name from objection_private where objector_name is not null
      union select objector_contact from objection_private where objector_contact is not null
      union select username from officials
      union select display_name from officials
      union select summary::text from audit_log`);
    expect(secrets.length).toBeGreaterThan(500);
    for (const { v } of secrets) expect(json, v).not.toContain(v);
    expect(json).not.toContain('channel');
  });

  it('public-history.ts never names a private table, the summary column or an official\'s name', () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, 'public-history.ts'), 'utf8');
    const code = source.replace(/^\s*\/\/.*$/gm, ''); // comments may explain what is left out
    for (const name of ['householdPrivate', 'objectionPrivate', 'household_private', 'objection_private', 'summary', 'username', 'displayName', 'display_name']) {
      expect(code, name).not.toContain(name);
    }
  });
});
