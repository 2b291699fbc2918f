// npm run db:backup -- [--out file]
// Backs up the database the environment names into one file (mode 0600), by default
// backups/gongshi-<pg|pglite>-<UTC time>.<dump|tar.gz>, and prints its path and size.
//   DATABASE_URL / POSTGRES_URL → `pg_dump --format=custom` of the whole database (all schemas,
//     including drizzle's migration table; owners and grants are kept in the archive).
//   neither → the embedded PGlite data directory (PGLITE_DIR or .data/pglite) as PGlite's own
//     dumpDataDir('gzip'). It takes the data directory's lock file, so it refuses while a server runs.
// It never migrates or changes the database. A failed backup leaves no file behind.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lockDataDir, pgliteDirFromEnv, restrictDataDir } from '../db/client';
import {
  Refusal,
  backupKindFromEnv,
  extensionOf,
  formatSize,
  libpqTarget,
  runScript,
  runTool,
  serverUrlFromEnv,
  type BackupKind,
} from './db-backup-shared';

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'); // 20260301T020000Z
}

async function dumpServer(file: string): Promise<string> {
  const target = libpqTarget(serverUrlFromEnv());
  // --no-password: a cron job must fail, not wait at a prompt.
  await runTool('pg_dump', ['--format=custom', '--no-password', `--file=${file}`, `--dbname=${target.dbname}`], target.env);
  return target.label;
}

async function dumpPglite(file: string): Promise<string> {
  const dir = pgliteDirFromEnv();
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new Refusal(`there is no embedded database at ${dir}`);
  // The lock, not openDatabase(): a backup must not migrate the database it copies.
  const release = lockDataDir(dir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create(dir);
    try {
      const archive = await client.dumpDataDir('gzip');
      fs.writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
    } finally {
      await client.close();
      restrictDataDir(dir); // opening it may have added files, which PGlite writes 0666
    }
  } finally {
    release();
  }
  return `PGlite at ${dir}`;
}

await runScript('db:backup', async () => {
  let out: string | undefined;
  try {
    ({ values: { out } } = parseArgs({ options: { out: { type: 'string' } } }));
  } catch (error) {
    throw new Refusal(`${(error as Error).message}. Usage: npm run db:backup -- [--out file]`);
  }
  const kind: BackupKind = backupKindFromEnv();
  const file = path.resolve(out ?? path.join('backups', `gongshi-${kind}-${utcStamp(new Date())}.${extensionOf[kind]}`));
  if (fs.existsSync(file)) throw new Refusal(`${file} already exists; a backup never overwrites another`);
  const dir = path.dirname(file);
  const madeDir = !fs.existsSync(dir);
  if (madeDir && out !== undefined) throw new Refusal(`the directory ${dir} does not exist`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });

  // Written beside the target under another name, then linked into place (link refuses to
  // overwrite): a half-written file never carries a backup's name.
  const partial = `${file}.partial-${process.pid}`;
  fs.closeSync(fs.openSync(partial, 'wx', 0o600)); // pg_dump keeps the mode of a file it truncates
  try {
    const source = kind === 'pg' ? await dumpServer(partial) : await dumpPglite(partial);
    fs.linkSync(partial, file);
    const size = fs.statSync(file).size;
    const shown = path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file);
    console.log(`db:backup: ${source} → ${shown} (${formatSize(size)}, ${size} bytes)`);
  } catch (error) {
    if (madeDir) fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    fs.rmSync(partial, { force: true });
  }
});
