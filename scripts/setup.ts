// Sets up an EMPTY database for a city going into service: migrations, the city's regions from its
// committed division file (db/regions/<city>.csv), the programme's settings, and one administrator
// with a random one-time password, printed once, that must be changed at the first sign-in. Regions,
// programme, administrator and their audit rows are written in one transaction. It refuses (one line,
// nothing written) a database that already holds data, a city without a data file, bad flags, a
// missing AUDIT_KEY, and a database it cannot open.
//
//   npm run setup -- [--city 220800] [--admin admin] [--target 550] [--start-year 2026] [--end-year 2030]
//                    [--income-threshold 2800] [--notice-days 7] [--name <programme name>]
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { describeTarget, migrateDatabase, openDatabase, queryRows, type Database, type Db } from '../db/client';
import { loadRegions, readRegionFile, type RegionFile } from '../db/regions/load';
import { officials, programmes } from '../db/schema';
import { USERNAME_PATTERN } from '../lib/actions/accounts';
import { wholeNumber } from '../lib/actions/fields';
import { auditKeyFromEnv } from '../lib/audit/key';
import { recordAudit } from '../lib/audit/record';
import { hashPassword } from '../lib/auth/password-hash';
import { chinaDateString } from '../lib/domain/time';

class Refusal extends Error {}

const USAGE =
  'npm run setup -- [--city 220800] [--admin admin] [--target 550] [--start-year YYYY] [--end-year YYYY] ' +
  '[--income-threshold 2800] [--notice-days 7] [--name 工程名称]';

const thisYear = Number(chinaDateString(new Date()).slice(0, 4));
const year = (flag: string) => wholeNumber(`${flag} 应是年份，如 ${thisYear}`, 2000, 2100, `${flag} 应在 2000 到 2100 年之间`);

const settingsSchema = z
  .object({
    city: z.string().regex(/^\d{4}00$/, '--city 应是 6 位市级区划代码，如 220800（白城市）'),
    admin: z
      .string()
      .min(3, '--admin 用户名至少 3 个字符')
      .max(32, '--admin 用户名不能超过 32 个字符')
      .regex(USERNAME_PATTERN, '--admin 用户名只能用小写英文字母、数字和连字符“-”'),
    target: wholeNumber('--target 应是整数（工程期内的目标户数）', 1, 1_000_000, '--target 应在 1 到 1000000 户之间'),
    startYear: year('--start-year'),
    endYear: year('--end-year'),
    incomeThreshold: wholeNumber('--income-threshold 应是整数（元/人·年）', 1, 1_000_000, '--income-threshold 应在 1 到 1000000 元之间'),
    // 公示期不少于 7 天: the programme's rules (programmes.min_notice_days).
    noticeDays: wholeNumber('--notice-days 应是整数（天）', 7, 60, '--notice-days 应在 7 到 60 天之间'),
    name: z.string().trim().min(1, '--name 不能为空').max(100, '--name 不能超过 100 个字符').optional(),
  })
  .refine((s) => s.endYear >= s.startYear, { message: '--end-year 不能早于 --start-year', path: ['endYear'] });

type Settings = z.output<typeof settingsSchema>;

function readSettings(argv: string[]): Settings {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: Object.fromEntries(
        ['city', 'admin', 'target', 'start-year', 'end-year', 'income-threshold', 'notice-days', 'name'].map((k) => [k, { type: 'string' }]),
      ) as Record<string, { type: 'string' }>,
    }));
  } catch (error) {
    throw new Refusal(`${(error as Error).message.split('\n')[0]}. Usage: ${USAGE}`);
  }
  const startYear = values['start-year'] ?? String(thisYear);
  const parsed = settingsSchema.safeParse({
    city: values.city ?? '220800',
    admin: (values.admin ?? 'admin').toLowerCase(),
    target: values.target ?? '550',
    startYear,
    endYear: values['end-year'] ?? String(Number(startYear) + 4),
    incomeThreshold: values['income-threshold'] ?? '2800',
    noticeDays: values['notice-days'] ?? '7',
    name: values.name,
  });
  if (!parsed.success) throw new Refusal(parsed.error.issues.map((issue) => issue.message).join('；'));
  return parsed.data;
}

/** Tables that hold data once a city is in service; a migrated but empty database has no rows in them. */
const DATA_TABLES = ['regions', 'programmes', 'officials', 'households', 'notices', 'audit_log'];

async function tablesWithData(db: Db): Promise<string[]> {
  const found: string[] = [];
  for (const table of DATA_TABLES) {
    const [present] = await queryRows<{ ok: boolean }>(db, sql`select to_regclass(${`public.${table}`}) is not null as ok`);
    if (!present?.ok) continue; // not migrated yet: empty
    const [row] = await queryRows<{ any: boolean }>(db, sql`select exists (select 1 from ${sql.identifier(table)}) as any`);
    if (row?.any) found.push(table);
  }
  return found;
}

/** 20 characters from an alphabet without look-alikes (0/O, 1/l/I), in groups of five: about 100 bits. */
function oneTimePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

async function setUp(database: Database, settings: Settings, file: RegionFile, now: Date) {
  const cityName = file.rows[0]!.name;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password); // slow on purpose: before the transaction
  const programme = {
    name: settings.name ?? `${cityName}农村基层党组织助残扶贫工程`,
    cityCode: settings.city,
    startYear: settings.startYear,
    endYear: settings.endYear,
    targetHouseholds: settings.target,
    incomeThreshold: settings.incomeThreshold,
    noticeDays: settings.noticeDays,
    minNoticeDays: 7,
  };
  const result = await database.db.transaction(async (tx) => {
    const counts = await loadRegions(tx, file, now);
    await recordAudit(tx, null, now, {
      action: 'regions.load',
      entityType: 'region',
      entityId: settings.city,
      summary: { city: settings.city, edition: file.edition, ...counts },
    });
    const [row] = await tx.insert(programmes).values(programme).returning({ id: programmes.id });
    const { cityCode: _city, ...programmeSummary } = programme;
    await recordAudit(tx, null, now, { action: 'programme.create', entityType: 'programme', entityId: row!.id, summary: programmeSummary });
    const [admin] = await tx
      .insert(officials)
      .values({
        username: settings.admin,
        passwordHash,
        displayName: `${cityName}系统管理员`,
        role: 'admin',
        regionCode: settings.city,
        mustChangePassword: true,
        passwordChangedAt: now,
        createdAt: now,
      })
      .returning({ id: officials.id });
    await recordAudit(tx, null, now, {
      action: 'official.create',
      entityType: 'official',
      entityId: admin!.id,
      summary: { username: settings.admin, role: 'admin', regionCode: settings.city, oneTime: true },
    });
    return { counts, programmeName: programme.name };
  });
  return { ...result, cityName, password };
}

async function main(): Promise<void> {
  const settings = readSettings(process.argv.slice(2));
  // The audit rows written now must verify with the key the server will use: never a made-up one.
  if (!process.env.AUDIT_KEY) {
    throw new Refusal('AUDIT_KEY is not set: set the key the server will use (openssl rand -base64 32), so that the audit rows written now verify.');
  }
  try {
    auditKeyFromEnv(process.env);
  } catch (error) {
    throw new Refusal((error as Error).message);
  }
  let file: RegionFile;
  try {
    file = readRegionFile(settings.city); // before the database is touched: a wrong city writes nothing
  } catch (error) {
    throw new Refusal((error as Error).message.split('\n')[0]);
  }
  const target = describeTarget();
  let database: Database | undefined;
  let used: string[];
  try {
    database = await openDatabase(process.env, { migrations: 'skip' }); // look first, migrate after
    used = await tablesWithData(database.db); // a server's pool connects only now
  } catch (error) {
    await database?.close().catch(() => {});
    throw new Refusal(`Cannot open ${target}: ${reason(error)}`);
  }
  try {
    if (used.length > 0) {
      throw new Refusal(`Refusing to set up ${target}: it already holds data (${used.join(', ')}). Set up only an empty database.`);
    }
    await migrateDatabase(database);
    const done = await setUp(database, settings, file, new Date());
    const c = done.counts;
    console.log(`Set up ${target} for ${done.cityName} (${settings.city}): ${c.added} regions (${file.edition}).`);
    console.log(
      `Programme: ${done.programmeName}, ${settings.startYear}–${settings.endYear}, ${settings.target} households, ` +
        `income threshold ${settings.incomeThreshold} yuan, notice period ${settings.noticeDays} days.`,
    );
    console.log(`Administrator: ${settings.admin}. One-time password (shown only now; it must be changed at the first sign-in):`);
    console.log(`  ${done.password}`);
  } finally {
    await database.close();
  }
}

/** The first line of what went wrong; Drizzle wraps the driver's error, whose message says why. */
function reason(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const inner = cause instanceof Error && cause.message ? cause : error;
  return inner instanceof Error ? (inner.message.split('\n')[0] ?? '') : String(inner);
}

try {
  await main();
} catch (error) {
  const message = reason(error);
  console.error(error instanceof Refusal ? `setup: ${message}` : `setup failed, no data was written (one transaction): ${message}`);
  process.exitCode = 1;
}
