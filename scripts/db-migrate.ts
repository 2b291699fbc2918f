// Applies the SQL migrations (db/migrations) to the database the environment names:
//   POSTGRES_URL → @vercel/postgres, DATABASE_URL → pg, neither → PGlite in PGLITE_DIR or .data/pglite.
// openDatabase() migrates on open, so this script only opens, reports and closes.
import { driverFromEnv, migrationsFolder, openDatabase, pgliteDirFromEnv } from '../db/client';

/** Where the driver points, without the password of a connection URL. */
function describeTarget(): string {
  const driver = driverFromEnv();
  if (driver === 'pglite') return `PGlite at ${pgliteDirFromEnv()}`;
  const raw = (driver === 'vercel' ? process.env.POSTGRES_URL : process.env.DATABASE_URL) ?? '';
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return `${driver} at ${url.host}${url.pathname}`;
  } catch {
    return driver;
  }
}

const target = describeTarget();
console.log(`Migrating ${target} …`);
try {
  const database = await openDatabase();
  await database.close();
  console.log(`Migrations from ${migrationsFolder} are applied (driver: ${database.driver}).`);
} catch (error) {
  console.error(`Migration failed for ${target}:`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
