// The board poster's read: full names only for officials over the village, one audit row per view
// (ids and a count, never a name), no other private column, and the same fingerprint as the public page.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Official } from '@/lib/auth/official';
import { getNoticeCheck } from '@/lib/data/notice-print';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { getNoticePoster } from './poster';

const A = '220802100201'; // 平安村委会 (village-a)

const database = useSeededDatabase();
let openNotice: number;
const as: Record<string, Official> = {};
const { rows } = database;
const posterReads = () =>
  rows<{ official_id: number; entity_type: string; entity_id: string; summary: Record<string, unknown> }>(
    sql`select official_id, entity_type, entity_id, summary from audit_log where action = 'notice.poster' order by id`,
  );

beforeAll(async () => {
  for (const name of ['village-a', 'village-b', 'county-dpf', 'admin']) as[name] = await officialNamed(database.db, name);
  const [notice] = await rows<{ id: number }>(
    sql`select n.id from notices n where n.village_code = ${A} and n.status = 'published' and n.period_ends_at > ${database.seededAt.toISOString()}
        and exists (select 1 from notice_entries e where e.notice_id = n.id) order by n.id limit 1`,
  );
  openNotice = notice!.id;
});

describe('the board poster', () => {
  it('shows full names to the village and the county, audits each view, and selects nothing else private', async () => {
    const privateRows = await rows<{ full_name: string; certificate_number: string; id_number: string; phone: string | null; address: string }>(
      sql`select p.full_name, p.certificate_number, p.id_number, p.phone, p.address from notice_entries e
          join household_private p on p.household_id = e.household_id where e.notice_id = ${openNotice} order by e.position`,
    );
    const before = (await posterReads()).length;
    const poster = await getNoticePoster(as['village-a']!, openNotice);
    expect(poster?.postable).toBe(true);
    if (!poster?.postable) return;
    expect(poster.entries.map((e) => e.fullName)).toEqual(privateRows.map((r) => r.full_name));
    const text = JSON.stringify(poster);
    for (const r of privateRows) {
      for (const secret of [r.certificate_number, r.id_number, r.address, r.phone].filter((v): v is string => !!v)) expect(text).not.toContain(secret);
    }
    expect(Object.keys(poster.entries[0]!).sort()).toEqual(
      ['age', 'disabilityCategory', 'disabilityGrade', 'disabledMembers', 'fullName', 'householdSize', 'id', 'incomePerCapita', 'maskedName', 'outcome', 'position', 'sex', 'villageGroup'].sort(),
    );
    // The fingerprint is the public page's, made from masked names.
    expect(poster.fingerprint).toBe((await getNoticeCheck(openNotice))!.fingerprint);
    expect(poster.fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);

    await getNoticePoster(as['county-dpf']!, openNotice);
    const reads = (await posterReads()).slice(before);
    expect(reads.map((r) => r.official_id)).toEqual([as['village-a']!.id, as['county-dpf']!.id]);
    expect(reads.every((r) => r.entity_type === 'notice' && r.entity_id === String(openNotice))).toBe(true);
    expect(reads[0]!.summary).toEqual({ entries: privateRows.length });
    expect(JSON.stringify(reads)).not.toContain(privateRows[0]!.full_name);
  });

  it('shows nothing to another village or the administrator, and audits no such attempt', async () => {
    const before = (await posterReads()).length;
    expect(await getNoticePoster(as['village-b']!, openNotice)).toBeNull();
    expect(await getNoticePoster(as['admin']!, openNotice)).toBeNull();
    expect(await getNoticePoster(as['village-a']!, 0)).toBeNull();
    expect((await posterReads()).length).toBe(before);
  });

  it('refuses a notice that is not posted (a draft), without reading names', async () => {
    const [draft] = await rows<{ id: number }>(
      sql`insert into notices (programme_id, year, village_code, title, issuing_body, objection_phone, objection_place)
          select programme_id, year, village_code, '草稿公示', issuing_body, objection_phone, objection_place from notices where id = ${openNotice}
          returning id`,
    );
    const before = (await posterReads()).length;
    const poster = await getNoticePoster(as['village-a']!, draft!.id);
    expect(poster).toEqual({ postable: false, notice: { id: draft!.id, title: '草稿公示' } });
    expect((await posterReads()).length).toBe(before);
  });
});
