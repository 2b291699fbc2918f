// npm run db:restore -- <file> [--force]
// Restores a backup made by db:backup into the database the environment names. An empty target
// (a new PostgreSQL database, or a missing or empty PGlite directory) is filled; a target that holds
// anything is refused unless --force, which replaces its contents:
//   PostgreSQL: pg_restore --clean --if-exists into psql --single-transaction, so a
//     failure leaves the old contents untouched. Objects are owned by the role that restores
//     (--no-owner: run it as the owner role). Table privileges end exactly as in the archive, so the
//     roles its GRANTs name (db/roles.sql) must exist first.
//   PGlite: the old directory is moved aside and deleted only after the backup has loaded.
// Refusals (no such file, a backup of the other kind, an unreachable database, a server holding the
// embedded database) are one line, and nothing is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { lockDataDir, pgliteDirFromEnv, restrictDataDir } from '../db/client';
import {
  Refusal,
  backupKindFromEnv,
  kindNames,
  libpqTarget,
  runPipeline,
  runScript,
  runTool,
  serverUrlFromEnv,
  sniffBackupKind,
} from './db-backup-shared';

const usage = 'Usage: npm run db:restore -- <backup file> [--force]';

/**
 * Tables, views and sequences outside the system schemas (extension members do not count), and the
 * extensions installed.
 */
async function inspectTarget(url: string, label: string): Promise<{ relations: number; extensions: Set<string> }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {}); // a dropped connection surfaces through the query below
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
          and s.nspname not in ('pg_catalog', 'information_schema')
          and s.nspname not like 'pg\\_toast%' and s.nspname not like 'pg\\_temp%'
          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`,
    );
    const installed = await client.query<{ extname: string }>('select extname from pg_extension');
    return { relations: rows[0]!.n, extensions: new Set(installed.rows.map((r) => r.extname)) };
  } catch (error) {
    throw new Refusal(`cannot reach ${label}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

// Privileges after restore are exactly the archive's: pg_dump writes only GRANTs, which add to whatever
// the target's default privileges (ALTER DEFAULT PRIVILEGES, e.g. from db/roles.sql) gave the restored
// tables. Between the objects and the archive's GRANTs, every non-owner privilege on the database's
// tables and sequences is revoked, so the runtime role ends with what it had when backed up.
const resetRelationPrivileges = `
DO $reset$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT c.oid::regclass AS rel, c.relkind, a.grantee
      FROM pg_class c
      JOIN pg_namespace s ON s.oid = c.relnamespace
      CROSS JOIN LATERAL aclexplode(c.relacl) a
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND a.grantee <> c.relowner
       AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('REVOKE ALL ON %s %s FROM %s', CASE WHEN r.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.rel,
                   CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.grantee)) END);
  END LOOP;
END
$reset$;
`;

async function restoreServer(file: string, force: boolean): Promise<string> {
  const url = serverUrlFromEnv();
  const target = libpqTarget(url);
  // Read the archive's table of contents first: a damaged file is refused before the database is touched.
  const contents = await runTool('pg_restore', ['--list', file], target.env);
  const { relations, extensions } = await inspectTarget(url, target.label);
  if (relations > 0 && !force) {
    throw new Refusal(`${target.label} is not empty (${relations} tables, views or sequences); pass --force to replace its contents`);
  }
  // An extension the target has already (pg_trgm, migration 0022) is kept as it is, neither dropped nor
  // created nor commented: whoever created it owns it (a superuser, perhaps), and only its owner may drop
  // or comment on it; dropping it would also take what depends on it. The archive's objects that use it
  // are dropped and restored as usual.
  const keptExtension = (line: string) => {
    const name = line.match(/^\d+; \d+ \d+ (?:EXTENSION - |COMMENT - EXTENSION )(\S+)/)?.[1];
    return name !== undefined && extensions.has(name);
  };
  const entries = contents.split('\n').filter((line) => /^\d+;/.test(line) && !keptExtension(line));
  const isAcl = (line: string) => /^\d+; \d+ \d+ (DEFAULT )?ACL /.test(line);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-restore-'));
  try {
    const objectsList = path.join(work, 'objects.list');
    const aclList = path.join(work, 'acl.list');
    fs.writeFileSync(objectsList, entries.filter((line) => !isAcl(line)).join('\n'));
    fs.writeFileSync(aclList, entries.filter(isAcl).join('\n'));
    // --clean even into an empty database: db/roles.sql creates the (empty) drizzle schema, which the
    // archive creates again. Dropping what does not exist is a no-op (--if-exists).
    const clean = ['--clean', '--if-exists'];
    // pg_restore writes SQL and one psql runs all of it as a single transaction: any error rolls back
    // everything, the old contents included.
    await runPipeline(
      ['psql', '--no-psqlrc', '--quiet', '--no-password', '--set=ON_ERROR_STOP=1', '--single-transaction', '--file=-', `--dbname=${target.dbname}`],
      [
        ['pg_restore', '--no-owner', ...clean, `--use-list=${objectsList}`, '--file=-', file],
        resetRelationPrivileges,
        ['pg_restore', `--use-list=${aclList}`, '--file=-', file],
      ],
      { ...target.env, PGOPTIONS: '-c client_min_messages=warning' },
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return `${target.label}${relations > 0 ? ' (its previous contents replaced)' : ''}`;
}

async function restorePglite(file: string, force: boolean): Promise<string> {
  const dir = pgliteDirFromEnv();
  const parent = path.dirname(dir);
  if (!fs.existsSync(parent)) throw new Refusal(`the directory ${parent} does not exist`);
  const release = lockDataDir(dir); // refuses while a server (or anything else) holds the database
  try {
    const occupied = fs.existsSync(dir) && fs.readdirSync(dir).length > 0;
    if (occupied && !force) throw new Refusal(`the embedded database ${dir} is not empty; pass --force to replace it`);
    const archive = new Blob([fs.readFileSync(file)]);
    const aside = occupied ? `${dir}.replaced-${process.pid}-${Date.now()}` : null;
    if (aside) fs.renameSync(dir, aside);
    else fs.rmSync(dir, { recursive: true, force: true }); // an empty directory, if any
    try {
      fs.mkdirSync(dir, { mode: 0o700 });
      const { PGlite } = await import('@electric-sql/pglite');
      const client = await PGlite.create({ dataDir: dir, loadDataDir: archive });
      try {
        await client.query('select 1');
      } finally {
        await client.close();
      }
      restrictDataDir(dir); // PGlite writes its files 0666
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      if (aside) fs.renameSync(aside, dir);
      throw new Refusal(`the backup did not load (${(error as Error).message}); ${aside ? 'the old database is back in place' : 'nothing was written'}`);
    }
    if (aside) fs.rmSync(aside, { recursive: true, force: true });
    return `PGlite at ${dir}${aside ? ' (the previous database replaced)' : ''}`;
  } finally {
    release();
  }
}

await runScript('db:restore', async () => {
  let file: string | undefined;
  let force = false;
  try {
    const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
    if (positionals.length !== 1) throw new Error('name exactly one backup file');
    [file] = positionals;
    force = values.force;
  } catch (error) {
    throw new Refusal(`${(error as Error).message}. ${usage}`);
  }
  if (!fs.existsSync(file!) || !fs.statSync(file!).isFile()) throw new Refusal(`no such backup file: ${file}`);
  const expected = backupKindFromEnv();
  const found = sniffBackupKind(file!);
  if (found === null) throw new Refusal(`${file} is not a Gongshi backup: neither ${kindNames.pg} nor ${kindNames.pglite}`);
  if (found !== expected) {
    const hint = expected === 'pg' ? 'unset DATABASE_URL and POSTGRES_URL to restore it into the embedded database' : 'set DATABASE_URL to restore it into PostgreSQL';
    throw new Refusal(`${file} is ${kindNames[found]}, but the target is ${expected === 'pg' ? 'PostgreSQL' : 'the embedded database'}: ${hint}`);
  }
  const target = expected === 'pg' ? await restoreServer(file!, force) : await restorePglite(file!, force);
  console.log(`db:restore: ${file} → ${target}. Check it with \`npm run audit:verify\` against the anchor kept with the backup.`);
});
