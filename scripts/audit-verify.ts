// npm run audit:verify [-- --anchor <id>:<hmac>] — checks the audit log's chain with the audit key
// (lib/audit/verify.ts) on the database the environment names (POSTGRES_URL, DATABASE_URL, or PGlite in
// PGLITE_DIR / .data/pglite). The key is AUDIT_KEY, or a demo run's .data/audit-key; none is invented.
// With an anchor printed earlier by npm run audit:anchor, the row at its id must still carry its HMAC,
// which also catches a cut-off tail. Exits 1 at the first broken row, 2 when it cannot check at all,
// so it can run from cron or CI. For PGlite it fails loudly while another process holds the directory.
import { openDatabase, type Database } from '../db/client';
import { auditKeyFromEnv } from '../lib/audit/key';
import {
  ANCHOR_MISMATCH,
  ANCHOR_MISSING,
  BROKEN_CONTENT,
  BROKEN_LINK,
  parseAnchor,
  PLAIN_HASH,
  verifyAuditChain,
  type AuditAnchor,
} from '../lib/audit/verify';
import { zhAdminDashboard } from '../lib/i18n/zh-admin-dashboard';

const t = zhAdminDashboard.auditVerify;
const reasonsZh: Record<string, string> = {
  [BROKEN_LINK]: t.reasons.link,
  [BROKEN_CONTENT]: t.reasons.content,
  [PLAIN_HASH]: t.reasons.plain,
  [ANCHOR_MISMATCH]: t.reasons.anchorMismatch,
  [ANCHOR_MISSING]: t.reasons.anchorMissing,
};

let key: Buffer;
let anchor: AuditAnchor | undefined;
try {
  const args = process.argv.slice(2);
  const at = args.indexOf('--anchor');
  const unknown = args.filter((arg, i) => i !== at && i !== at + 1);
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown[0]}: the only option is --anchor <id>:<hmac>.`);
  if (at >= 0) anchor = parseAnchor(args[at + 1] ?? '');
  key = auditKeyFromEnv(process.env, { create: false });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

let database: Database;
try {
  database = await openDatabase();
} catch (error) {
  console.error(t.cannotOpen, error instanceof Error ? error.message : error);
  process.exit(2);
}

try {
  const result = await verifyAuditChain(database.db, { key, anchor });
  if (result.ok) {
    console.log(t.intact(result.rows) + (anchor ? `；${t.anchorHolds(anchor.id)}` : ''));
    console.log(t.intactEn(result.rows) + (anchor ? `; ${t.anchorHoldsEn(anchor.id)}` : ''));
  } else {
    console.error(t.broken(result.brokenAt, reasonsZh[result.reason] ?? result.reason, result.rows));
    console.error(t.brokenEn(result.brokenAt, result.reason, result.rows));
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
