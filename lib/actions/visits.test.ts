// Return visits (定期回访) against a real database: who may log them where, the field messages, the
// filed-household rule and the audit row (a date, never who visited or what was found).
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, visits } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { agreeSteps, createFiledHousehold, createPassedHousehold, demoApprovers } from '@/test/approvals';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoAccounts } from '@/test/officials';
import { outcome } from '@/test/action-results';
import { saveVisit } from './visits';

const PINGAN = '220802100201';
const OTHER_TOWNSHIP = '220802101201';
const NOW = new Date('2026-11-28T04:00:00Z'); // 12:00 on 2026-11-28 in China
const t = zhAdminHelp.errors;

const database = useSeededDatabase();
let db: Db;
const accounts: Record<string, Official> = {};
let home: number;
let otherTownship: number;
let unfiled: number;

beforeAll(async () => {
  db = database.db;
  Object.assign(accounts, await demoAccounts(db));
  home = await createFiledHousehold(db, PINGAN, NOW);
  otherTownship = await createFiledHousehold(db, OTHER_TOWNSHIP, NOW);
  unfiled = (await createPassedHousehold(db, PINGAN, NOW)).id;
});

const visitForm = (householdId: number, extra: Record<string, unknown> = {}) => ({
  householdId: String(householdId),
  visitedOn: '2026-11-20',
  visitor: '王明（平安镇残联）',
  findings: '项目运转正常',
  suggestions: '继续做好技术指导',
  ...extra,
});

describe('who may log a visit, and where', () => {
  it('the village and the township Party committee and DPF, inside their region only', async () => {
    const cases: [string, number, 'ok' | 'role' | 'region'][] = [
      ['village-a', home, 'ok'],
      ['village-b', home, 'region'],
      ['township-party', home, 'ok'],
      ['township-party', otherTownship, 'region'],
      ['township-dpf', home, 'ok'],
      ['township-dpf', otherTownship, 'region'],
      ['county-dpf', home, 'role'],
      ['county-org', home, 'role'],
      ['city', home, 'role'],
      ['admin', home, 'role'],
    ];
    for (const [username, target, expected] of cases) {
      const result = await saveVisit.run(accounts[username]!, visitForm(target), NOW);
      expect([username, target, outcome(result)]).toEqual([username, target, expected]);
      if (expected !== 'ok') expect(result.message).toBe(expected === 'role' ? zhAdmin.errors.role : zhAdmin.errors.region);
    }
    expect(await db.select().from(visits).where(eq(visits.householdId, otherTownship))).toEqual([]);
  });
});

describe('the visit form', () => {
  it('needs the date, the visitor and the findings; suggestions may be left out', async () => {
    const empty = await saveVisit.run(accounts['village-a']!, { householdId: String(home) }, NOW);
    expect(empty).toMatchObject({ ok: false, message: zhAdmin.errors.fixFields, fieldErrors: { visitedOn: t.visitedOn, visitor: t.visitor, findings: t.findings } });
    expect(empty.ok ? null : Object.keys(empty.fieldErrors).sort()).toEqual(['findings', 'visitedOn', 'visitor']);
    const withoutSuggestions = await saveVisit.run(accounts['village-a']!, visitForm(home, { suggestions: undefined, visitedOn: '2026-11-21' }), NOW);
    expect(withoutSuggestions).toMatchObject({ ok: true, message: zhAdminHelp.success.visit, redirectTo: `/admin/help/${home}?saved=visit` });
    const [row] = await db.select().from(visits).where(and(eq(visits.householdId, home), eq(visits.visitedOn, '2026-11-21')));
    expect(row).toMatchObject({ visitor: '王明（平安镇残联）', findings: '项目运转正常', suggestions: '', createdBy: accounts['village-a']!.id });
  });

  it('refuses a visit dated after today in China, accepts today', async () => {
    const future = await saveVisit.run(accounts['village-a']!, visitForm(home, { visitedOn: '2026-11-29' }), NOW);
    expect(future).toMatchObject({ ok: false, message: t.dateFuture, fieldErrors: { visitedOn: t.dateFuture } });
    expect(outcome(await saveVisit.run(accounts['village-a']!, visitForm(home, { visitedOn: '2026-11-28' }), NOW))).toBe('ok');
  });

  it('limits the findings to 1000 characters', async () => {
    const long = await saveVisit.run(accounts['village-a']!, visitForm(home, { findings: '好'.repeat(1001) }), NOW);
    expect(long.ok ? null : long.fieldErrors).toEqual({ findings: t.textLong(1000) });
  });

  it('refuses a household that is not filed', async () => {
    expect(await saveVisit.run(accounts['township-dpf']!, visitForm(unfiled), NOW)).toMatchObject({ ok: false, message: t.notFiled, refused: 'rule' });
    expect(await db.select().from(visits).where(eq(visits.householdId, unfiled))).toEqual([]);
  });

  it('audits the date only: not who visited, not what was found', async () => {
    await saveVisit.run(accounts['township-party']!, visitForm(home, { visitedOn: '2026-11-02', visitor: '审计回访人', findings: '审计情况', suggestions: '审计建议' }), NOW);
    const [entry] = await db
      .select({ action: auditLog.action, summary: auditLog.summary, role: auditLog.role })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'visit.record'), eq(auditLog.entityId, String(home))))
      .orderBy(auditLog.id)
      .then((rows) => rows.slice(-1));
    expect(entry).toMatchObject({ action: 'visit.record', role: 'township_party', summary: { visitedOn: '2026-11-02' } });
    expect(JSON.stringify(entry!.summary)).not.toMatch(/审计/);
  });
});

describe('correcting a visit', () => {
  it('changes that visit of this household only, inside the region, and audits the new date only', async () => {
    const va = accounts['village-a']!;
    await saveVisit.run(va, visitForm(home, { visitedOn: '2026-11-25', visitor: '待更正回访人', findings: '写错了' }), NOW);
    const [visit] = await db.select({ id: visits.id }).from(visits).where(and(eq(visits.householdId, home), eq(visits.visitor, '待更正回访人')));
    const before = await db.select({ n: visits.id }).from(visits).where(eq(visits.householdId, home));

    const corrected = await saveVisit.run(
      accounts['township-dpf']!,
      visitForm(home, { visitId: String(visit!.id), visitedOn: '2026-11-24', visitor: '已更正回访人', findings: '项目运转正常', suggestions: '' }),
      NOW,
    );
    expect(corrected).toMatchObject({ ok: true, message: zhAdminHelp.success.updated, redirectTo: `/admin/help/${home}?saved=updated` });
    expect(await db.select({ visitedOn: visits.visitedOn, visitor: visits.visitor, findings: visits.findings, suggestions: visits.suggestions }).from(visits).where(eq(visits.id, visit!.id))).toEqual([
      { visitedOn: '2026-11-24', visitor: '已更正回访人', findings: '项目运转正常', suggestions: '' },
    ]);
    expect(await db.select({ n: visits.id }).from(visits).where(eq(visits.householdId, home))).toHaveLength(before.length);

    // Another household's id with this visit, a region not one's own, a date after today: refused, nothing changes.
    expect(await saveVisit.run(accounts['township-party']!, visitForm(otherTownship, { visitId: String(visit!.id) }), NOW)).toMatchObject({ ok: false, message: zhAdmin.errors.region });
    const neighbour = (await createPassedHousehold(db, PINGAN, NOW)).id;
    await agreeSteps(neighbour, await demoApprovers(db), 5, NOW);
    expect(await saveVisit.run(va, visitForm(neighbour, { visitId: String(visit!.id) }), NOW)).toMatchObject({ ok: false, fieldErrors: { visitId: t.visitId } });
    expect(await saveVisit.run(accounts['village-b']!, visitForm(home, { visitId: String(visit!.id) }), NOW)).toMatchObject({ ok: false, message: zhAdmin.errors.region });
    expect(await saveVisit.run(va, visitForm(home, { visitId: String(visit!.id), visitedOn: '2026-11-29' }), NOW)).toMatchObject({ ok: false, fieldErrors: { visitedOn: t.dateFuture } });
    expect(await db.select({ visitor: visits.visitor }).from(visits).where(eq(visits.id, visit!.id))).toEqual([{ visitor: '已更正回访人' }]);

    const [audit] = await db
      .select({ action: auditLog.action, summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'visit.update'), eq(auditLog.entityId, String(home))));
    expect(audit).toEqual({ action: 'visit.update', summary: { visitId: visit!.id, visitedOn: '2026-11-24' } });
  });
});
