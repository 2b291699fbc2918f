// npm run audit:verify — recomputes the audit log's hash chain (lib/audit/verify.ts) on the database the
// environment names (POSTGRES_URL, DATABASE_URL, or PGlite in PGLITE_DIR / .data/pglite) and prints
// whether it is intact. Exits 1 when a link is broken, so it can run from cron or CI.
// For PGlite it fails loudly while another process (e.g. the server) holds the data directory.
import { openDatabase, type Database } from '../db/client';
import { BROKEN_CONTENT, BROKEN_LINK, verifyAuditChain } from '../lib/audit/verify';
import { zhAdminDashboard } from '../lib/i18n/zh-admin-dashboard';

const t = zhAdminDashboard.auditVerify;
const reasonsZh: Record<string, string> = { [BROKEN_LINK]: t.reasons.link, [BROKEN_CONTENT]: t.reasons.content };

let database: Database;
try {
  database = await openDatabase();
} catch (error) {
  console.error(t.cannotOpen, error instanceof Error ? error.message : error);
  process.exit(2);
}

try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    console.log(t.intact(result.rows));
    console.log(t.intactEn(result.rows));
  } else {
    console.error(t.broken(result.brokenAt, reasonsZh[result.reason] ?? result.reason, result.rows));
    console.error(t.brokenEn(result.brokenAt, result.reason, result.rows));
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
