// npm run auth:prune — deletes sign-in records (login_attempts) older than 180 days, and the session rows
// that no cookie can name any more (ended a full session lifetime ago), and prints how many.
// Scheduled daily by deploy/systemd/gongshi-prune-sign-ins.timer. On PostgreSQL it runs as the runtime
// role (DELETE on login_attempts and sessions is all it needs) and runs no DDL; on the embedded database it needs
// the directory, so not while the server holds it. One line on refusal, exit 1, nothing deleted.
import { driverFromEnv, openDatabase, type Database } from '../db/client';
import { pruneEndedSessions, pruneSignIns, SIGN_IN_RETENTION_DAYS } from '../lib/security/sign-in-retention';

let database: Database;
try {
  if (process.argv.length > 2) throw new Error(`Unknown argument ${process.argv[2]}: auth:prune takes none.`);
  database = await openDatabase(process.env, { migrations: driverFromEnv() === 'pglite' ? 'apply' : 'require' });
} catch (error) {
  console.error(`auth:prune: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

try {
  const now = new Date();
  const deleted = await pruneSignIns(database.db, now);
  const ended = await pruneEndedSessions(database.db, now);
  console.log(`auth:prune: deleted ${deleted} sign-in record(s) older than ${SIGN_IN_RETENTION_DAYS} days and ${ended} ended session(s).`);
} catch (error) {
  console.error(`auth:prune: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
