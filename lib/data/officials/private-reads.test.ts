// Private reads through the data layer: who sees an objector (the recording body, the investigating
// bodies, the county above; not the challenged village when the township took the objection), and
// one audit row, ids only, for every read of a household's or an objector's private data.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '@/lib/auth/two-factor-policy';
import { investigateObjection, recordObjection } from '@/lib/actions/objections';
import type { Official } from '@/lib/auth/official';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { getRegistrationForm } from './approvals';
import { getHousehold, getHouseholdPhoto, listHouseholdNotices, listHouseholds } from './households';
import { getOfficialObjection } from './notices';
import { listHouseholdReads } from './reads';

const A = '220802100201'; // 平安村委会 (village-a)
const HOUSEHOLD = 130; // in village A
const OBJECTOR = { objectorName: '赵大山', objectorContact: '13900001111' };

const database = useSeededDatabase();
let now: Date;
let openNotice: number;
const as: Record<string, Official> = {};
const { rows } = database;

type AuditRow = { official_id: number; role: string; entity_type: string; entity_id: string; summary: Record<string, unknown> };
/** The audit rows of `action` written after `after`. */
const auditSince = (after: number, action: string) =>
  rows<AuditRow>(sql`select official_id, role, entity_type, entity_id, summary from audit_log where id > ${after} and action = ${action} order by id`);
const lastAuditId = async () => (await rows<{ id: string }>(sql`select coalesce(max(id), 0)::text as id from audit_log`))[0]!.id;

beforeAll(async () => {
  now = database.seededAt;
  for (const name of ['village-a', 'village-b', 'township-party', 'township-dpf', 'county-dpf', 'county-org', 'city', 'admin']) {
    as[name] = await officialNamed(database.db, name);
  }
  // A county official of another county: within nothing of village A.
  const [other] = await rows<{ code: string }>(sql`select code from regions where level = 'county' and code <> '220802' order by code limit 1`);
  await rows(sql`insert into officials (username, password_hash, display_name, role, region_code, totp_secret)
    values ('county-other', 'x', '另一县残联', 'county_dpf', ${other!.code}, ${DEMO_TOTP_SECRET})`);
  as['county-other'] = await officialNamed(database.db, 'county-other');
  const [notice] = await rows<{ id: number }>(
    sql`select id from notices where village_code = ${A} and status = 'published' and period_ends_at > ${now.toISOString()} order by id limit 1`,
  );
  openNotice = notice!.id;
});

async function record(by: Official): Promise<number> {
  const result = await recordObjection.run(by, { noticeId: String(openNotice), channel: 'in_person', about: 'notice', summary: '反映收入偏高。', ...OBJECTOR }, now);
  if (!result.ok) throw new Error(result.message);
  return result.value.objectionId;
}

describe('who may see an objector', () => {
  it('shows an objection lodged with the township to the township and the county above, not to the village', async () => {
    const id = await record(as['township-dpf']!);
    const see = async (name: string) => (await getOfficialObjection(as[name]!, openNotice, id))?.objector ?? null;
    const before = await lastAuditId();
    expect(await see('township-dpf')).toEqual({ name: OBJECTOR.objectorName, contact: OBJECTOR.objectorContact });
    expect(await see('county-dpf')).toEqual({ name: OBJECTOR.objectorName, contact: OBJECTOR.objectorContact });
    expect(await see('county-org')).not.toBeNull();
    // The challenged village sees the objection and its text, not who lodged it.
    const village = await getOfficialObjection(as['village-a']!, openNotice, id);
    expect(village?.objection.private?.summary).toBe('反映收入偏高。');
    expect(village?.objector).toBeNull();
    expect(JSON.stringify(village)).not.toContain(OBJECTOR.objectorName);
    expect(JSON.stringify(village)).not.toContain(OBJECTOR.objectorContact);
    // Another body of the same township, the city and the administrator: not shown.
    expect(await see('township-party')).toBeNull();
    expect(await see('city')).toBeNull();
    expect(await see('admin')).toBeNull();
    expect(await see('county-other')).toBeNull();

    // One row per reveal, ids only: three reveals above (township-dpf, county-dpf, county-org).
    const reveals = await auditSince(Number(before), 'objection.reveal');
    expect(reveals.map((r) => r.official_id)).toEqual([as['township-dpf']!.id, as['county-dpf']!.id, as['county-org']!.id]);
    expect(reveals.every((r) => r.entity_type === 'objection' && r.entity_id === String(id))).toBe(true);
    expect(reveals[0]!.summary).toEqual({ noticeId: openNotice });
    expect(JSON.stringify(reveals)).not.toMatch(/赵大山|13900001111/);
  });

  it('shows it to the body that investigates, once it has taken the objection on', async () => {
    const id = await record(as['township-dpf']!);
    expect((await getOfficialObjection(as['township-party']!, openNotice, id))?.objector).toBeNull();
    const taken = await investigateObjection.run(as['township-party']!, { objectionId: String(id) }, now);
    expect(taken.ok).toBe(true);
    expect((await getOfficialObjection(as['township-party']!, openNotice, id))?.objector?.name).toBe(OBJECTOR.objectorName);
    expect((await getOfficialObjection(as['village-a']!, openNotice, id))?.objector).toBeNull();
  });

  it('shows the village an objection it recorded itself, and never lists objectors on the notice', async () => {
    const id = await record(as['village-a']!);
    expect((await getOfficialObjection(as['village-a']!, openNotice, id))?.objector?.contact).toBe(OBJECTOR.objectorContact);
    expect((await getOfficialObjection(as['township-dpf']!, openNotice, id))?.objector).toBeNull();
    const found = await getOfficialObjection(as['village-a']!, openNotice, id);
    expect(JSON.stringify(found?.objections)).not.toContain(OBJECTOR.objectorName);
  });
});

describe('private reads of a household', () => {
  it('audits the household page, its photo and its printable form, once each, with ids only', async () => {
    await rows(sql`update household_private set photo = 'data:image/png;base64,iVBORw0KGgo=' where household_id = ${HOUSEHOLD}`);
    const before = Number(await lastAuditId());
    const household = await getHousehold(as['village-a']!, HOUSEHOLD);
    expect(household?.certificateNumber).toBeTruthy();
    expect(await getHouseholdPhoto(as['township-dpf']!, HOUSEHOLD)).not.toBeNull();
    expect(await getRegistrationForm(as['county-dpf']!, HOUSEHOLD)).not.toBeNull();
    await listHouseholdNotices(as['village-a']!, HOUSEHOLD); // public facts: no read
    const reads = await rows<AuditRow & { action: string }>(
      sql`select official_id, action, entity_type, entity_id, summary from audit_log where id > ${before} order by id`,
    );
    expect(reads.map((r) => [r.action, r.official_id, r.entity_type, r.entity_id])).toEqual([
      ['household.view', as['village-a']!.id, 'household', String(HOUSEHOLD)],
      ['household.photo', as['township-dpf']!.id, 'household', String(HOUSEHOLD)],
      ['household.print', as['county-dpf']!.id, 'household', String(HOUSEHOLD)],
    ]);
    const text = JSON.stringify(reads);
    for (const value of [household!.fullName, household!.certificateNumber, household!.address]) expect(text).not.toContain(value);
  });

  it('audits nothing for a refused read', async () => {
    const before = Number(await lastAuditId());
    expect(await getHousehold(as['village-b']!, HOUSEHOLD)).toBeNull();
    expect(await getHouseholdPhoto(as['village-b']!, HOUSEHOLD)).toBeNull();
    expect(await getRegistrationForm(as['admin']!, HOUSEHOLD)).toBeNull();
    expect(await rows(sql`select id from audit_log where id > ${before}`)).toEqual([]);
  });

  it('audits a search with where it looked and how many it found, never the text', async () => {
    const [row] = await rows<{ certificate_number: string }>(sql`select certificate_number from household_private where household_id = ${HOUSEHOLD}`);
    const certificate = row!.certificate_number;
    const before = Number(await lastAuditId());
    const found = await listHouseholds(as['township-dpf']!, { q: certificate });
    expect(found.total).toBe(1);
    await listHouseholds(as['township-dpf']!, { status: 'listed' }); // no search text: no row
    const searches = await auditSince(before, 'household.search');
    expect(searches).toEqual([
      { official_id: as['township-dpf']!.id, role: 'township_dpf', entity_type: 'region', entity_id: as['township-dpf']!.regionCode, summary: { results: 1 } },
    ]);
    expect(JSON.stringify(await rows(sql`select * from audit_log where id > ${before}`))).not.toContain(certificate.slice(-8));
  });

  it('lists who read a household to county and city officials only', async () => {
    await getHousehold(as['township-party']!, HOUSEHOLD);
    const reads = await listHouseholdReads(as['county-org']!, HOUSEHOLD);
    expect(reads?.[0]).toMatchObject({ what: 'household.view', reader: { role: 'township_party', displayName: as['township-party']!.displayName, regionName: as['township-party']!.regionName } });
    expect(reads?.map((r) => r.what)).toEqual(expect.arrayContaining(['household.view', 'household.photo', 'household.print']));
    expect(await listHouseholdReads(as.city!, HOUSEHOLD)).toHaveLength(reads!.length);
    expect(await listHouseholdReads(as['county-dpf']!, HOUSEHOLD)).not.toBeNull();
    for (const name of ['village-a', 'township-dpf', 'admin', 'county-other']) expect(await listHouseholdReads(as[name]!, HOUSEHOLD), name).toBeNull();
  });
});
