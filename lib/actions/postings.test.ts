// The posting record (张贴记录) against a real database: place and time (not in the future, not
// before publication), several postings per notice, the region rule, the audit row, and the board
// photo re-encoded without its EXIF data (a phone's GPS position must not survive). A record made by
// mistake is withdrawn (撤回) with a reason, while the notice is published: the row stays, the public
// read leaves it out, and the database allows that one update and nothing else.
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Official } from '@/lib/auth/official';
import { chinaDateString } from '@/lib/domain';
import { chinaInstant, postingTimeProblem } from '@/lib/domain/posting';
import { getNoticePostings } from '@/lib/data/public-participation';
import { getOfficialPostings, getPostingPhoto } from '@/lib/data/officials/participation';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhPosting } from '@/lib/i18n/zh-posting';
import { useSeededDatabase } from '@/test/seeded-database';
import { EXIF_MARKER, jpegWithGps } from '@/test/images';
import { demoOfficials } from '@/test/officials';
import { ok, refused } from '@/test/action-results';
import { recordPosting, withdrawPosting } from './postings';

const A = '220802100201'; // 平安村委会 (village-a)
const t = zhPosting.errors;
const MINUTE = 60_000;

const database = useSeededDatabase();
const { one } = database;
let now: Date;
let villageA: Official;
let villageB: Official;
let townshipParty: Official;
let city: Official;
let notice: { id: number; publishedAt: Date };

/** The China wall-clock date and time of an instant, as the form takes them. */
function wallClock(at: Date): { postedDate: string; postedTime: string } {
  const china = new Date(at.getTime() + 8 * 3600_000);
  return { postedDate: chinaDateString(at), postedTime: china.toISOString().slice(11, 16) };
}

const posting = (at: Date, extra: Record<string, unknown> = {}) => ({
  noticeId: String(notice.id),
  place: '平安村村委会门前公开栏',
  ...wallClock(at),
  ...extra,
});

const postingCount = async () => (await one<{ n: number }>(sql`select count(*)::int as n from notice_postings where notice_id = ${notice.id}`)).n;

beforeAll(async () => {
  now = database.seededAt;
  ({ villageA, villageB, townshipParty, city } = await demoOfficials(database.db));
  const n = await one<{ id: number; published_at: Date }>(
    sql`select id, published_at from notices where village_code = ${A} and status = 'published' order by published_at desc limit 1`,
  );
  notice = { id: n.id, publishedAt: new Date(n.published_at) };
});

describe('the posting time rule', () => {
  it('reads the China wall clock and refuses days and times that do not exist', () => {
    expect(chinaInstant('2026-11-30', '09:30')?.toISOString()).toBe('2026-11-30T01:30:00.000Z');
    expect(chinaInstant('2026-11-30', '00:00')?.toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(chinaInstant('2026-02-29', '09:30')).toBeNull();
    expect(chinaInstant('2026-11-30', '24:00')).toBeNull();
    expect(chinaInstant('2026-11-30', '9:60')).toBeNull();
  });
  it('is refused in the future and before publication, to the millisecond', () => {
    const published = new Date('2026-11-20T02:00:30Z');
    const at = new Date('2026-11-25T00:00:00Z');
    expect(postingTimeProblem(at, published, at)).toBeNull();
    expect(postingTimeProblem(new Date(at.getTime() + 1), published, at)).toBe('future');
    expect(postingTimeProblem(published, published, at)).toBeNull();
    expect(postingTimeProblem(new Date(published.getTime() - 1), published, at)).toBe('before_publication');
  });
});

describe('recording a posting', () => {
  it('stores place and time, audits them, and several postings may be recorded', async () => {
    const at = new Date(notice.publishedAt.getTime() + 2 * 3600_000);
    const before = await postingCount();
    const { postingId } = ok(await recordPosting.run(villageA, posting(at), now));
    ok(await recordPosting.run(townshipParty, posting(at, { place: '三组公开栏' }), now));
    expect(await postingCount()).toBe(before + 2);
    const row = await one<{ place: string; posted_at: Date; recorded_by: number }>(
      sql`select place, posted_at, recorded_by from notice_postings where id = ${postingId}`,
    );
    expect(row.place).toBe('平安村村委会门前公开栏');
    expect(new Date(row.posted_at).getTime()).toBe(Math.floor(at.getTime() / MINUTE) * MINUTE);
    expect(row.recorded_by).toBe(villageA.id);
    const audit = await one<{ summary: unknown; official_id: number }>(
      sql`select summary, official_id from audit_log where action = 'notice.post' and entity_id = ${String(postingId)}`,
    );
    expect(audit).toEqual({
      official_id: villageA.id,
      summary: { noticeId: notice.id, place: '平安村村委会门前公开栏', postedAt: new Date(row.posted_at).toISOString(), photo: false },
    });
    const publicRows = await getNoticePostings(notice.id);
    expect(publicRows.map((p) => p.place)).toEqual(expect.arrayContaining(['平安村村委会门前公开栏', '三组公开栏']));
    expect(Object.keys(publicRows[0]!).sort()).toEqual(['id', 'place', 'postedAt']);
  });

  it('refuses a time in the future or before publication, next to the date, and stores nothing', async () => {
    const before = await postingCount();
    const future = refused(await recordPosting.run(villageA, posting(new Date(now.getTime() + 2 * MINUTE)), now));
    expect(future.fieldErrors).toEqual({ postedDate: t.future });
    const early = refused(await recordPosting.run(villageA, posting(new Date(notice.publishedAt.getTime() - 3600_000)), now));
    expect(early.fieldErrors).toEqual({ postedDate: t.beforePublication(notice.publishedAt) });
    expect(await postingCount()).toBe(before);
  });

  it('says what is wrong with each field', async () => {
    const r = refused(await recordPosting.run(villageA, { noticeId: String(notice.id), place: ' ', postedDate: '2026/11/30', postedTime: '930' }, now));
    expect(r.fieldErrors).toEqual({ place: t.place, postedDate: t.date, postedTime: t.time });
    const long = refused(await recordPosting.run(villageA, posting(now, { place: '栏'.repeat(101) }), now));
    expect(long.fieldErrors).toEqual({ place: t.placeLong });
    const impossible = refused(await recordPosting.run(villageA, posting(now, { postedDate: '2026-02-30' }), now));
    expect(impossible.fieldErrors).toEqual({ postedDate: t.date });
    const personal = refused(await recordPosting.run(villageA, posting(now, { place: '13912345678家门口' }), now));
    expect(Object.keys(personal.fieldErrors)).toEqual(['place']);
  });

  it('is refused outside the region, and for a draft or withdrawn notice', async () => {
    const other = refused(await recordPosting.run(villageB, posting(now), now));
    expect(other.refused).toBe('region');
    expect(other.message).toBe(zhAdmin.errors.region);
    ok(await recordPosting.run(city, posting(now, { place: '市里检查时看到的公开栏' }), now));
    const draft = await one<{ id: number }>(sql`
      insert into notices (programme_id, year, village_code, title, issuing_body, objection_phone, objection_place)
      values (1, 2026, ${A}, '草稿', '平安村党支部', '0436-7654321', '村委会') returning id`);
    const r = refused(await recordPosting.run(villageA, posting(now, { noticeId: String(draft.id) }), now));
    expect(r.message).toBe(t.notTaken);
  });

  it('the database itself refuses a posting dated before publication, and any change', async () => {
    await expect(
      database.db.execute(
        sql`insert into notice_postings (notice_id, place, posted_at, recorded_at) values (${notice.id}, '栏', ${new Date(notice.publishedAt.getTime() - 1000).toISOString()}, ${now.toISOString()})`,
      ),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`update notice_postings set place = '别处' where notice_id = ${notice.id}`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from notice_postings where notice_id = ${notice.id}`)).rejects.toThrow();
  });
});

describe('the board photo', () => {
  const file = (bytes: Uint8Array, name = 'board.jpg', type = 'image/jpeg') => new File([bytes as BlobPart], name, { type });

  it('is stored re-encoded, bounded, with no EXIF (no GPS), and served to officials of the region only', async () => {
    const original = await jpegWithGps();
    expect(original.includes(EXIF_MARKER)).toBe(true);
    const { postingId } = ok(await recordPosting.run(villageA, posting(now, { place: '二组公开栏', photo: file(original) }), now));
    const photo = await getPostingPhoto(villageA, notice.id, postingId);
    expect(photo?.contentType).toBe('image/jpeg');
    const stored = Buffer.from(photo!.bytes);
    expect(stored.includes(EXIF_MARKER)).toBe(false);
    expect(stored.includes(Buffer.from('GongshiTestPhone'))).toBe(false);
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(1200);
    // The photo read is audited; another village sees nothing.
    expect((await one<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'notice.posting_photo' and entity_id = ${String(postingId)}`)).n).toBe(1);
    expect(await getPostingPhoto(villageB, notice.id, postingId)).toBeNull();
    expect(await getPostingPhoto(villageA, notice.id + 1, postingId)).toBeNull();
    const listed = await getOfficialPostings(villageA, notice.id);
    expect(listed.find((p) => p.id === postingId)?.hasPhoto).toBe(true);
    expect(await getOfficialPostings(villageB, notice.id)).toEqual([]);
  });

  it('refuses a file that is not an image, or too large, and stores nothing', async () => {
    const before = await postingCount();
    const fake = refused(await recordPosting.run(villageA, posting(now, { photo: file(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')) }), now));
    expect(fake.fieldErrors).toEqual({ photo: t.photoContent });
    const declared = refused(await recordPosting.run(villageA, posting(now, { photo: file(new Uint8Array(10), 'a.pdf', 'application/pdf') }), now));
    expect(declared.fieldErrors).toEqual({ photo: t.photoType });
    const big = refused(await recordPosting.run(villageA, posting(now, { photo: file(new Uint8Array(1024 * 1024 + 1)) }), now));
    expect(big.fieldErrors).toEqual({ photo: t.photoSize });
    expect(await postingCount()).toBe(before);
  });
});

describe('withdrawing a posting (撤回)', () => {
  const withdrawal = (postingId: number, reason: unknown = '地点写错了，实际贴在二组公开栏', noticeId = notice.id) => ({
    noticeId: String(noticeId),
    postingId: String(postingId),
    reason,
  });
  const recordOne = async (place: string, noticeId = notice.id, by = villageA) =>
    ok(await recordPosting.run(by, { ...posting(now, { place }), noticeId: String(noticeId) }, now)).postingId;
  const row = (id: number) =>
    one<{ place: string; withdrawn_at: Date | null; withdrawn_by: number | null; withdraw_reason: string | null }>(
      sql`select place, withdrawn_at, withdrawn_by, withdraw_reason from notice_postings where id = ${id}`,
    );
  const audits = async (id: number) =>
    (await one<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'notice.posting_withdraw' and entity_id = ${String(id)}`)).n;

  it('keeps the row with when, by whom and why, audits it, and the public read leaves it out', async () => {
    const id = await recordOne('错写的公开栏');
    const kept = await recordOne('村委会门前公开栏（更正后）');
    expect((await getNoticePostings(notice.id)).map((p) => p.id)).toContain(id);
    expect((await getOfficialPostings(villageA, notice.id)).find((p) => p.id === id)).toMatchObject({ withdrawal: null, mayWithdraw: true });

    const done = await withdrawPosting.run(villageA, withdrawal(id, '  地点写错了，实际贴在二组公开栏 '), now);
    expect(done).toMatchObject({ ok: true, message: zhPosting.withdrawn, redirectTo: `/admin/notices/${notice.id}?done=postingWithdrawn` });
    const r = await row(id);
    expect(r.place).toBe('错写的公开栏');
    expect(new Date(r.withdrawn_at!).getTime()).toBe(now.getTime());
    expect(r.withdrawn_by).toBe(villageA.id);
    expect(r.withdraw_reason).toBe('地点写错了，实际贴在二组公开栏');
    const audit = await one<{ summary: unknown; official_id: number }>(
      sql`select summary, official_id from audit_log where action = 'notice.posting_withdraw' and entity_id = ${String(id)}`,
    );
    expect(audit.official_id).toBe(villageA.id);
    expect(audit.summary).toMatchObject({ noticeId: notice.id, place: '错写的公开栏', reason: '地点写错了，实际贴在二组公开栏' });

    const publicRows = await getNoticePostings(notice.id);
    expect(publicRows.map((p) => p.id)).not.toContain(id);
    expect(publicRows.map((p) => p.id)).toContain(kept);
    expect(Object.keys(publicRows[0]!).sort()).toEqual(['id', 'place', 'postedAt']);
    // Officials still see it, marked withdrawn, and it cannot be withdrawn twice.
    const listed = (await getOfficialPostings(villageA, notice.id)).find((p) => p.id === id)!;
    expect(listed.withdrawal).toMatchObject({ byName: expect.any(String), reason: '地点写错了，实际贴在二组公开栏' });
    expect(listed.mayWithdraw).toBe(false);
    const again = refused(await withdrawPosting.run(villageA, withdrawal(id), now));
    expect(again.message).toBe(t.alreadyWithdrawn);
    expect(await audits(id)).toBe(1);
  });

  it('is refused without a reason (next to the field), with one too long or with a mobile number', async () => {
    const id = await recordOne('三组公开栏（原因测试）');
    const { reason: _none, ...missing } = withdrawal(id);
    for (const form of [missing, ...['', '   ', '\u3000'].map((reason) => withdrawal(id, reason))]) {
      const r = refused(await withdrawPosting.run(villageA, form, now));
      expect(r.fieldErrors).toEqual({ reason: t.withdrawReason });
    }
    expect(refused(await withdrawPosting.run(villageA, withdrawal(id, '错'.repeat(201)), now)).fieldErrors).toEqual({ reason: t.withdrawReasonLong });
    expect(Object.keys(refused(await withdrawPosting.run(villageA, withdrawal(id, '贴错了，问13912345678'), now)).fieldErrors)).toEqual(['reason']);
    expect((await row(id)).withdrawn_at).toBeNull();
    expect(await audits(id)).toBe(0);
  });

  it('is refused from another region, for a posting of another notice, and for an unknown one', async () => {
    const id = await recordOne('四组公开栏（地区测试）');
    const other = refused(await withdrawPosting.run(villageB, withdrawal(id), now));
    expect(other.refused).toBe('region');
    expect(other.message).toBe(zhAdmin.errors.region);
    const closed = await one<{ id: number }>(sql`select id from notices where village_code = ${A} and status = 'closed' limit 1`);
    expect(refused(await withdrawPosting.run(villageA, withdrawal(id, '原因', closed.id), now)).message).toBe(t.postingNotFound);
    expect(refused(await withdrawPosting.run(villageA, withdrawal(2_000_000_000), now)).message).toBe(t.postingNotFound);
    expect(refused(await withdrawPosting.run(villageA, withdrawal(id, '原因', 2_000_000_000), now)).message).toBe(t.notFound);
    expect((await row(id)).withdrawn_at).toBeNull();
    expect(await audits(id)).toBe(0);
    // A township official above the village may withdraw it.
    ok(await withdrawPosting.run(townshipParty, withdrawal(id), now));
  });

  it('is refused once the notice is closed, by the action and by the database', async () => {
    const closed = await one<{ id: number }>(sql`select id from notices where village_code = ${A} and status = 'closed' limit 1`);
    const id = await recordOne('五组公开栏（已结束）', closed.id); // a closed notice still takes a posting record
    const r = refused(await withdrawPosting.run(villageA, withdrawal(id, '原因', closed.id), now));
    expect(r.message).toBe(t.withdrawClosed);
    expect(
      (await getOfficialPostings(villageA, closed.id)).find((p) => p.id === id),
    ).toMatchObject({ withdrawal: null, mayWithdraw: false });
    await expect(
      database.db.execute(
        sql`update notice_postings set withdrawn_at = ${now.toISOString()}, withdrawn_by = ${villageA.id}, withdraw_reason = '原因' where id = ${id}`,
      ),
    ).rejects.toThrow();
    expect((await row(id)).withdrawn_at).toBeNull();
    expect(await audits(id)).toBe(0);
  });

  it('the database allows the withdrawal, once, and no other change', async () => {
    const id = await recordOne('六组公开栏（数据库测试）');
    const at = now.toISOString();
    // Withdrawn together with another change, without a reason, or before it was recorded: refused.
    await expect(
      database.db.execute(sql`update notice_postings set place = '别处', withdrawn_at = ${at}, withdrawn_by = ${villageA.id}, withdraw_reason = '原因' where id = ${id}`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`update notice_postings set withdrawn_at = ${at}, withdrawn_by = ${villageA.id} where id = ${id}`)).rejects.toThrow();
    await expect(
      database.db.execute(
        sql`update notice_postings set withdrawn_at = ${new Date(now.getTime() - 3600_000).toISOString()}, withdrawn_by = ${villageA.id}, withdraw_reason = '原因' where id = ${id}`,
      ),
    ).rejects.toThrow();
    await database.db.execute(sql`update notice_postings set withdrawn_at = ${at}, withdrawn_by = ${villageA.id}, withdraw_reason = '原因' where id = ${id}`);
    // Once withdrawn, nothing changes any more, and nothing is deleted.
    await expect(database.db.execute(sql`update notice_postings set withdraw_reason = '另一个原因' where id = ${id}`)).rejects.toThrow();
    await expect(database.db.execute(sql`update notice_postings set withdrawn_at = null, withdrawn_by = null, withdraw_reason = null where id = ${id}`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from notice_postings where id = ${id}`)).rejects.toThrow();
    expect((await row(id)).withdraw_reason).toBe('原因');
    // A posting is recorded first, then withdrawn: never inserted withdrawn.
    await expect(
      database.db.execute(
        sql`insert into notice_postings (notice_id, place, posted_at, recorded_at, withdrawn_at, withdrawn_by, withdraw_reason)
            values (${notice.id}, '栏', ${at}, ${at}, ${at}, ${villageA.id}, '原因')`,
      ),
    ).rejects.toThrow();
  });
});
