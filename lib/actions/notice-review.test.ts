// 村民代表评议 on a notice (issue 10 item 9): recorded as a date and a number of representatives, both or
// neither, never in the future; a body that claims the review needs the record; the default text claims
// it only when given one; frozen with the notice once published; carried to a correction.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Official } from '@/lib/auth/official';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { useSeededDatabase } from '@/test/seeded-database';
import { demoOfficials } from '@/test/officials';
import { ok, refused } from '@/test/action-results';
import { correctNotice, createDraft, publishNotice, updateDraft } from './notices';

const A = '220802100201'; // 平安村委会 (village-a)
const t = zhAdminNotices.errors;
const database = useSeededDatabase();
const { rows, one } = database;
let now: Date;
let villageA: Official;

beforeAll(async () => {
  now = database.seededAt;
  ({ villageA } = await demoOfficials(database.db));
});

async function someHousehold(): Promise<number> {
  return (await one<{ id: number }>(sql`select id from households where village_code = ${A} and status = 'registered' and year = 2026 order by id limit 1`)).id;
}
const fields = (householdId: number, extra: Record<string, unknown> = {}) => ({
  villageCode: A,
  year: '2026',
  title: '平安村2026年度帮扶对象拟定名单公示（评议测试）',
  issuingBody: '平安村党支部',
  body: '现将拟定名单予以公示。',
  objectionPhone: '0436-1234567',
  objectionPlace: '平安村村委会办公室',
  householdIds: [String(householdId)],
  ...extra,
});
const reviewOf = (id: number) =>
  one<{ review_date: string | null; review_representatives: number | null }>(sql`select review_date::text, review_representatives from notices where id = ${id}`);

describe('the default text', () => {
  it('mentions 村民代表评议 only with a recorded review, and then with its date and number', () => {
    const without = zhAdminNotices.draftDefaults.body('平安村', 2026, 7);
    expect(without).not.toContain('村民代表');
    const withReview = zhAdminNotices.draftDefaults.body('平安村', 2026, 7, { date: '2026-05-03', representatives: 15 });
    expect(withReview).toContain('2026年5月3日经村民代表评议');
    expect(withReview).toContain('村民代表15人');
  });
});

describe('recording the review on a draft', () => {
  it('stores both fields, or neither; empty fields mean no review', async () => {
    const h = await someHousehold();
    const plain = ok(await createDraft.run(villageA, fields(h, { reviewDate: '', reviewRepresentatives: '' }), now));
    expect(await reviewOf(plain.id)).toEqual({ review_date: null, review_representatives: null });
    const body = zhAdminNotices.draftDefaults.body('平安村', 2026, 7, { date: '2026-05-03', representatives: 15 });
    ok(await updateDraft.run(villageA, { ...fields(h, { body, reviewDate: '2026-05-03', reviewRepresentatives: '15' }), id: String(plain.id) }, now));
    expect(await reviewOf(plain.id)).toEqual({ review_date: '2026-05-03', review_representatives: 15 });
  });

  it('refuses half a record, a bad or future date, a bad number, and a body claiming an unrecorded review, next to the field, writing nothing', async () => {
    const h = await someHousehold();
    const before = await one<{ n: number }>(sql`select count(*)::int as n from notices`);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ reviewDate: '2026-05-03' }, 'reviewRepresentatives', t.reviewRepresentativesMissing],
      [{ reviewRepresentatives: '12' }, 'reviewDate', t.reviewDateMissing],
      [{ reviewDate: '2026-02-30', reviewRepresentatives: '12' }, 'reviewDate', t.reviewDate],
      [{ reviewDate: '三月五日', reviewRepresentatives: '12' }, 'reviewDate', t.reviewDate],
      [{ reviewDate: '2026-05-03', reviewRepresentatives: '0' }, 'reviewRepresentatives', t.reviewRepresentatives],
      [{ reviewDate: '2026-05-03', reviewRepresentatives: '2.5' }, 'reviewRepresentatives', t.reviewRepresentatives],
      [{ reviewDate: '2026-05-03', reviewRepresentatives: '1000' }, 'reviewRepresentatives', t.reviewRepresentatives],
      [{ reviewDate: '2099-01-01', reviewRepresentatives: '12' }, 'reviewDate', t.reviewDateFuture],
      [{ body: '经村民代表评议，现将拟定名单予以公示。' }, 'body', t.bodyClaimsReview],
    ];
    for (const [extra, field, message] of cases) {
      const result = refused(await createDraft.run(villageA, fields(h, extra), now));
      expect(result.fieldErrors?.[field], JSON.stringify(extra)).toBe(message);
    }
    expect((await one<{ n: number }>(sql`select count(*)::int as n from notices`)).n).toBe(before.n);
  });

  it('is frozen once published (the database refuses a change) and carried to a correction', async () => {
    const h = await someHousehold();
    const { id } = ok(await createDraft.run(villageA, fields(h, { reviewDate: '2026-05-03', reviewRepresentatives: '9' }), now));
    ok(await publishNotice.run(villageA, { id: String(id) }, now));
    await expect(rows(sql`update notices set review_representatives = 10 where id = ${id}`)).rejects.toThrow();
    await expect(rows(sql`update notices set review_date = null, review_representatives = null where id = ${id}`)).rejects.toThrow();
    const correction = ok(await correctNotice.run(villageA, { id: String(id) }, new Date(now.getTime() + 3_600_000)));
    expect(await reviewOf(correction.id)).toEqual({ review_date: '2026-05-03', review_representatives: 9 });
  });
});
