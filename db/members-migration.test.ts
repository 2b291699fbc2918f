// Migration 0017 over data written before it (issue 10 item 1): a database migrated to 0016 gets
// households the old way, then the remaining migrations run. Each household must come out with member 1
// from its registrant and its declared people as members not entered yet, the counts unchanged, the
// registrant's enrolment taken from the guarantees; and new registrations follow the same rule.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { makeResidentId } from '@/lib/domain';
import { migrationsFolder, openDatabase, pgliteDatabase, queryRows, type Database } from './client';
import { withDatabaseName } from '@/test/database-url';

const BEFORE = '0016_household_counts';

let database: Database;
let dropDatabase: (() => Promise<void>) | null = null;
let oldFolder: string;
const rows = <T>(query: SQL) => queryRows<T>(database.db, query);

async function migrate(folder: string) {
  const config = { migrationsFolder: folder };
  if (database.driver === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(database.db as never, config);
  } else {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    await run(database.db as never, config);
  }
}

beforeAll(async () => {
  // The migrations folder as it was up to 0016.
  oldFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-0016-'));
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
  const upTo = journal.entries.findIndex((e: { tag: string }) => e.tag === BEFORE);
  journal.entries = journal.entries.slice(0, upTo + 1);
  fs.mkdirSync(path.join(oldFolder, 'meta'));
  fs.writeFileSync(path.join(oldFolder, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(oldFolder, `${e.tag}.sql`));

  if (inject('testDriver') === 'pglite') {
    database = await pgliteDatabase(await PGlite.create());
  } else {
    const admin = inject('pgTemplates').admin;
    const name = `gongshi_m17_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    database = await openDatabase({ DATABASE_URL: withDatabaseName(admin, name) }, { migrations: 'skip' });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  await migrate(oldFolder);
});
afterAll(async () => {
  await database.close();
  await dropDatabase?.();
  fs.rmSync(oldFolder, { recursive: true, force: true });
});

it('converts existing households: member 1 from the registrant, declared members not entered, counts kept', async () => {
  await database.db.execute(sql`insert into regions (code, name, level, parent_code) values
    ('220800', '白城市', 'city', null), ('220802', '洮北区', 'county', '220800'),
    ('220802100', '平安镇', 'township', '220802'), ('220802100201', '平安村委会', 'village', '220802100')`);
  await database.db.execute(sql`insert into programmes (id, name, city_code, start_year, end_year, target_households, income_threshold)
    values (1, '测试工程', '220800', 2023, 2027, 550, 2800)`);
  const a = makeResidentId('220802', '19800315', 123); // odd: male
  const b = makeResidentId('220802', '19920707', 246); // even: female
  await database.db.execute(sql`insert into households (id, programme_id, year, village_code, masked_name, sex, age,
      disability_category, disability_grade, household_size, disabled_members, income_per_capita) values
    (1, 1, 2024, '220802100201', '张*明', 'M', 44, 4, 2, 4, 2, 1800),
    (2, 1, 2024, '220802100201', '李*', 'F', 32, 1, 3, 1, 1, 2000)`);
  await database.db.execute(sql`insert into household_private (household_id, programme_id, full_name, ethnicity, certificate_number, id_number, address) values
    (1, 1, '张小明', '汉族', ${`${a}42`}, ${a}, '平安村一组1号'),
    (2, 1, '李芳', '汉族', ${`${b}13B1`}, ${b}, '平安村二组2号')`);
  await database.db.execute(sql`insert into guarantees (household_id, kind, secured_on) values (1, 'dibao', '2024-05-01'), (1, 'rural_medical', '2024-05-01')`);

  await migrate(migrationsFolder);

  const members = await rows<Record<string, unknown>>(sql`select m.household_id, m.position, m.relation, m.sex, m.birth_date::text as birth,
      m.disabled, m.disability_category as cat, m.disability_grade as grade, m.dibao, m.rural_medical, m.rural_pension,
      p.full_name, p.id_number, p.certificate_number
    from household_members m left join household_member_private p on p.member_id = m.id order by m.household_id, m.position`);
  const none = { relation: null, sex: null, birth: null, cat: null, grade: null, dibao: null, rural_medical: null, rural_pension: null, full_name: null, id_number: null, certificate_number: null };
  expect(members).toEqual([
    { household_id: 1, position: 1, relation: 'self', sex: 'M', birth: '1980-03-15', disabled: true, cat: 4, grade: 2, dibao: 'granted', rural_medical: true, rural_pension: null, full_name: '张小明', id_number: a, certificate_number: `${a}42` },
    { ...none, household_id: 1, position: 2, disabled: true },
    { ...none, household_id: 1, position: 3, disabled: false },
    { ...none, household_id: 1, position: 4, disabled: false },
    { household_id: 2, position: 1, relation: 'self', sex: 'F', birth: '1992-07-07', disabled: true, cat: 1, grade: 3, dibao: null, rural_medical: null, rural_pension: null, full_name: '李芳', id_number: b, certificate_number: `${b}13B1` },
  ]);
  expect(await rows(sql`select id, household_size, disabled_members from households order by id`)).toEqual([
    { id: 1, household_size: 4, disabled_members: 2 },
    { id: 2, household_size: 1, disabled_members: 1 },
  ]);

  // After the migration, the same rule for a new registration, and one person once per programme.
  await database.db.execute(sql`insert into households (id, programme_id, year, village_code, masked_name, sex, age,
      disability_category, disability_grade, household_size, disabled_members, income_per_capita) values
    (3, 1, 2025, '220802100201', '王*', 'M', 44, 4, 2, 2, 1, 1800)`);
  await expect(
    database.db.execute(sql`insert into household_private (household_id, programme_id, full_name, ethnicity, certificate_number, id_number, address)
      values (3, 1, '王五', '汉族', ${`${a}42B1`}, ${a}, '平安村三组3号')`),
  ).rejects.toThrow();
});
