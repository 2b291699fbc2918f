// The server's start path, as `next start` runs it (instrumentation.ts register()), in a process of its
// own: tests run it with the environment under test and read its exit code and output.
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client';

const { register } = await import('../instrumentation');
await register();
const { getDatabase } = await import('../db');
const database = await getDatabase();
const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from regions`);
console.log(`started: ${row!.n} regions`);
await database.close();
process.exit(0);
