// npm run audit:anchor [-- --json] — verifies the audit log's chain with the audit key, then prints its
// newest row as `<id>:<hmac>` (or JSON), for the operator to keep outside the database (a ticket, a
// notebook, another machine). Later, `npm run audit:verify -- --anchor <id>:<hmac>` shows that this
// row still carries this HMAC, so the newest rows cannot be cut off unseen. A broken chain gets no
// anchor: exit 1; an empty log or a missing key: exit 2.
import { openDatabase, type Database } from '../db/client';
import { auditKeyFromEnv } from '../lib/audit/key';
import { verifyAuditChain } from '../lib/audit/verify';
import { zhAdminDashboard } from '../lib/i18n/zh-admin-dashboard';

const t = zhAdminDashboard.auditVerify;
const args = process.argv.slice(2);
const json = args.includes('--json');

let key: Buffer;
let database: Database;
try {
  const unknown = args.find((arg) => arg !== '--json');
  if (unknown) throw new Error(`Unknown argument ${unknown}: the only option is --json.`);
  key = auditKeyFromEnv(process.env, { create: false });
  database = await openDatabase();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

try {
  const result = await verifyAuditChain(database.db, { key });
  if (!result.ok) {
    console.error(`${t.brokenEn(result.brokenAt, result.reason, result.rows)}: no anchor; run npm run audit:verify.`);
    process.exitCode = 1;
  } else if (!result.last) {
    console.error(`${t.empty} / ${t.emptyEn}`);
    process.exitCode = 2;
  } else if (json) {
    console.log(JSON.stringify({ id: result.last.id, hmac: result.last.hash, rows: result.rows, anchor: `${result.last.id}:${result.last.hash}` }));
  } else {
    console.log(`${result.last.id}:${result.last.hash}`);
  }
} finally {
  await database.close();
}
