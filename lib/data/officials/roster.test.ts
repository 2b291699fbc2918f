// The aggregated roster (汇总名册) against a real database: the files are opened and read back (the
// workbook with exceljs, the CSV by hand) and compared with direct SQL; only the requested region,
// only within the official's; every export audited.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import type { ApprovalStep } from '@/lib/domain/approval';
import { chinaDateString } from '@/lib/domain/time';
import { agreeSteps, approversFor, countRows, createPassedHousehold, demoApprovers, type PassedHousehold } from '@/test/approvals';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { exportRoster, listRoster, rosterCsv, rosterRegions, resolveRosterRegion, type RosterRow } from './roster';

const PINGAN = '220802100201';
const JIEBEI = '220821100201';
const HEADERS = [
  '序号',
  '县（市、区）',
  '乡镇',
  '村',
  '姓名',
  '性别',
  '民族',
  '年龄',
  '残疾证号',
  '残疾类别',
  '残疾等级',
  '家庭人口',
  '残疾人口',
  '电话',
  '年人均纯收入（元）',
  '家庭住址',
  '建档日期',
];

const database = useSeededDatabase();
let db: Db;
let now: Date;
let demo: Record<ApprovalStep, Official>;
let filedHere: PassedHousehold[];
let unfiledHere: PassedHousehold;
let filedElsewhere: PassedHousehold;

const filedCertificates = (prefix: string) =>
  queryRows<{ certificate_number: string }>(
    db,
    sql`select p.certificate_number from households h join household_private p on p.household_id = h.id
        where h.filed_at is not null and h.village_code like ${`${prefix}%`} order by p.certificate_number`,
  ).then((rows) => rows.map((r) => r.certificate_number));
const certificateOf = async (h: PassedHousehold) =>
  (await queryRows<{ c: string }>(db, sql`select certificate_number as c from household_private where household_id = ${h.id}`))[0]!.c;
const filedCount = (prefix: string) =>
  countRows(db, sql`select count(*) as n from households where filed_at is not null and village_code like ${`${prefix}%`}`);

beforeAll(async () => {
  db = database.db;
  now = database.seededAt;
  demo = await demoApprovers(db);
  filedHere = [await createPassedHousehold(db, PINGAN, now), await createPassedHousehold(db, PINGAN, now)];
  for (const h of filedHere) await agreeSteps(h.id, demo, 5, now);
  unfiledHere = await createPassedHousehold(db, PINGAN, now);
  await agreeSteps(unfiledHere.id, demo, 4, now);
  filedElsewhere = await createPassedHousehold(db, JIEBEI, now);
  await agreeSteps(filedElsewhere.id, await approversFor(db, JIEBEI), 5, now);
});

/** A CSV parser for the quoting rosterCsv writes (RFC 4180). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

describe('exportRoster as .xlsx', () => {
  it('is a real workbook of exactly the filed households of the county, with the listed columns', async () => {
    const result = await exportRoster(demo.county_dpf, '220802', 'xlsx', now);
    if (!result.ok) throw new Error(result.message);
    expect(result.file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(result.file.fileName).toBe(`洮北区帮扶对象汇总名册-${chinaDateString(now)}.xlsx`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.file.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('汇总名册');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(HEADERS);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(9).width).toBeGreaterThanOrEqual(22); // the certificate number fits
    expect(sheet.getColumn(16).width).toBeGreaterThan(sheet.getColumn(1).width!);

    const data = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2));
    expect(data).toHaveLength(await filedCount('220802'));
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data.map((r) => r[0])).toEqual(data.map((_, i) => i + 1));
    expect(new Set(data.map((r) => r[1]))).toEqual(new Set(['洮北区']));
    const certificates = data.map((r) => r[8] as string).sort();
    expect(certificates).toEqual(await filedCertificates('220802'));
    for (const h of filedHere) expect(certificates).toContain(await certificateOf(h));
    expect(certificates).not.toContain(await certificateOf(unfiledHere));
    expect(certificates).not.toContain(await certificateOf(filedElsewhere));

    const mine = data.find((r) => r[8] === certificates.find((c) => c.startsWith('110105')))!;
    expect(mine.slice(1, 8)).toEqual(['洮北区', '平安镇', '平安村委会', expect.stringMatching(/^测试/), '男', '汉族', 40]);
    expect(mine.slice(9)).toEqual(['肢体残疾', '三级', 3, 1, expect.stringMatching(/^1390436\d{4}$/), 2100, expect.stringMatching(/^测试地址/), chinaDateString(now)]);
  });
});

describe('exportRoster as CSV', () => {
  it('is UTF-8 with a BOM, the listed columns, and exactly the filed households of the township', async () => {
    const result = await exportRoster(demo.township_dpf, '220802100', 'csv', now);
    if (!result.ok) throw new Error(result.message);
    expect(result.file.contentType).toBe('text/csv; charset=utf-8');
    expect([...result.file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(result.file.bytes));
    expect(rows[0]).toEqual(HEADERS);
    const data = rows.slice(1);
    expect(data).toHaveLength(await filedCount('220802100'));
    expect(result.file.rows).toBe(data.length);
    expect(new Set(data.map((r) => r[2]))).toEqual(new Set(['平安镇']));
    expect(data.map((r) => r[8]).sort()).toEqual(await filedCertificates('220802100'));
    expect(data.every((r) => r.length === HEADERS.length)).toBe(true);
  });

  it('quotes what needs quoting and defuses cells a spreadsheet would run as formulas', () => {
    const row: RosterRow = {
      householdId: 1,
      countyName: '洮北区',
      townshipName: '平安镇',
      villageName: '平安村委会',
      villageCode: PINGAN,
      fullName: '张三',
      sex: 'F',
      ethnicity: '汉族',
      age: 50,
      certificateNumber: '11010519491231002X21',
      disabilityCategory: 2,
      disabilityGrade: 1,
      householdSize: 2,
      disabledMembers: 1,
      phone: null,
      incomePerCapita: 1800,
      address: '=HYPERLINK("http://example.com","点此"),三组',
      filedOn: '2026-11-28',
    };
    const [, cells] = parseCsv(new TextDecoder().decode(rosterCsv([row])).slice(1));
    expect(cells).toEqual(['1', '洮北区', '平安镇', '平安村委会', '张三', '女', '汉族', '50', '11010519491231002X21', '听力残疾', '一级', '2', '1', '', '1800', `'=HYPERLINK("http://example.com","点此"),三组`, '2026-11-28']);
  });
});

describe('the region of a roster', () => {
  it('must lie within the official’s region and be a county or township (or the official’s own)', async () => {
    const city = await officialNamed(db, 'city');
    expect(await resolveRosterRegion(demo.township_dpf, '220802100')).toMatchObject({ ok: true, region: { name: '平安镇', level: 'township' } });
    expect(await resolveRosterRegion(demo.county_dpf, '220802101')).toMatchObject({ ok: true, region: { name: '青山镇' } });
    expect(await resolveRosterRegion(city, '220800')).toMatchObject({ ok: true, region: { level: 'city' } });
    expect(await resolveRosterRegion(city, '220821')).toMatchObject({ ok: true, region: { name: '镇赉县' } });

    expect(await resolveRosterRegion(demo.township_dpf, '220821')).toMatchObject({ ok: false, status: 403 }); // another county
    expect(await resolveRosterRegion(demo.township_dpf, '220802')).toMatchObject({ ok: false, status: 403 }); // above its own
    expect(await resolveRosterRegion(demo.township_dpf, '220802101')).toMatchObject({ ok: false, status: 403 }); // a sister township
    expect(await resolveRosterRegion(demo.county_org, '220800')).toMatchObject({ ok: false, status: 403 });
    expect(await resolveRosterRegion(demo.county_dpf, PINGAN)).toMatchObject({ ok: false, status: 404 }); // a village
    expect(await resolveRosterRegion(demo.county_dpf, '220802199')).toMatchObject({ ok: false, status: 404 }); // no such township
    expect(await resolveRosterRegion(demo.county_dpf, 'abc')).toMatchObject({ ok: false, status: 404 });
    // the village and township Party bodies have no roster at all
    expect(await resolveRosterRegion(demo.village, PINGAN.slice(0, 9))).toMatchObject({ ok: false, status: 403 });
    expect(await resolveRosterRegion(demo.township_party, '220802100')).toMatchObject({ ok: false, status: 403 });
  });

  it('refused exports write no file and no audit row; allowed ones write one audit row with public facts', async () => {
    const count = () => countRows(db, sql`select count(*) as n from audit_log where action = 'roster.export'`);
    const before = await count();
    expect(await exportRoster(demo.township_dpf, '220821', 'csv', now)).toMatchObject({ ok: false, status: 403 });
    expect(await exportRoster(demo.village, '220802100', 'xlsx', now)).toMatchObject({ ok: false, status: 403 });
    expect(await count()).toBe(before);

    const at = new Date(now.getTime() + 5_000);
    const result = await exportRoster(demo.county_org, '220802', 'csv', at);
    expect(result.ok).toBe(true);
    const [audit] = await queryRows<{ official_id: number; role: string; entity_type: string; entity_id: string; summary: unknown }>(
      db,
      sql`select official_id, role, entity_type, entity_id, summary from audit_log where action = 'roster.export' order by id desc limit 1`,
    );
    expect(audit).toEqual({
      official_id: demo.county_org.id,
      role: 'county_org',
      entity_type: 'region',
      entity_id: '220802',
      summary: { regionCode: '220802', rows: await filedCount('220802'), format: 'csv' },
    });
    expect(await count()).toBe(before + 1);
  });

  it('lists the regions an official may choose', async () => {
    expect((await rosterRegions(demo.township_dpf)).map((r) => r.code)).toEqual(['220802100']);
    const county = await rosterRegions(demo.county_dpf);
    expect(county[0]).toMatchObject({ code: '220802', level: 'county' });
    expect(county.slice(1).every((r) => r.level === 'township' && r.code.startsWith('220802'))).toBe(true);
    expect(await rosterRegions(demo.village)).toEqual([]);
    const city = await rosterRegions(await officialNamed(db, 'city'));
    expect(city.filter((r) => r.level === 'county')).toHaveLength(6); // 220871 (吉林白城经济开发区) too
  });

  it('the page list is the same rows as the files, and refused the same way', async () => {
    const listed = await listRoster(demo.township_dpf, '220802100');
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.rows.map((r) => r.certificateNumber).sort()).toEqual(await filedCertificates('220802100'));
    expect(await listRoster(demo.township_dpf, '220821')).toMatchObject({ ok: false, status: 403 });
  });
});
