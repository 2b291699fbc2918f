// Applies the SQL migrations (db/migrations) to the database the environment names:
//   POSTGRES_URL → @vercel/postgres, DATABASE_URL → pg, neither → PGlite in PGLITE_DIR or .data/pglite.
// openDatabase() migrates on open, so this script only opens, reports and closes.
import { describeTarget, migrationsFolder, openDatabase } from '../db/client';

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
