// Fills an EMPTY database with the demo data (db/seed/demo.ts). Refuses if it already has regions, so
// it never seeds twice. For PGlite it fails loudly while another process (e.g. the server) holds the
// data directory: stop the server first, or point PGLITE_DIR elsewhere.
//
// It opens the database with openDatabase() directly, not through db/index.ts, whose getDatabase()
// auto-seeds an empty PGlite and would seed before this script could.
import { describeTarget, openDatabase, type Database } from '../db/client';
import { isEmpty } from '../db/index';
import { DEMO_PASSWORD, seedDemo } from '../db/seed/demo';

const target = describeTarget();
let database: Database | undefined;
try {
  database = await openDatabase(); // also applies the migrations
} catch (error) {
  console.error(`Cannot open ${target}:`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

try {
  if (!(await isEmpty(database.db))) {
    console.error(
      `Refusing to seed ${target}: it already has regions (demo data or real data). ` +
        'Seed only an empty database: use a new PGLITE_DIR, or create a fresh PostgreSQL database.',
    );
    process.exitCode = 1;
  } else {
    const started = Date.now();
    const summary = await seedDemo(database.db, new Date());
    const statuses = (r: Record<string, number>) =>
      Object.entries(r)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
    console.log(`Seeded ${target} (driver ${database.driver}) in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    console.log(`  regions      ${summary.regions}`);
    console.log(`  programmes   ${summary.programmes}, allocations ${summary.allocations}`);
    console.log(`  households   ${summary.households} (${statuses(summary.householdsByStatus)})`);
    console.log(
      `  notices      ${summary.notices} (${statuses(summary.noticesByStatus)}; ` +
        `published: ${summary.publishedOpen} open, ${summary.publishedPeriodEnded} period ended)`,
    );
    console.log(`  objections   ${summary.objections} (${statuses(summary.objectionsByStatus)})`);
    console.log(`  officials    ${summary.officials}`);
    console.log(`  audit rows   ${summary.auditEntries}`);
    console.log('  passed households per county (annual allocation):');
    for (const [code, c] of Object.entries(summary.passedByCounty)) {
      console.log(`    ${code} ${c.name} ${c.passed} / ${c.allocation}`);
    }
    const a = summary.villageA;
    const b = summary.villageB;
    console.log(
      `  village-a → ${a.villageName} ${a.villageCode}: open notice #${a.openNoticeId}, ` +
        `period ended (ready to close) #${a.periodEndedNoticeId}, closed #${a.closedNoticeId}, ` +
        `registered households ${a.registeredHouseholdIds.join(', ')}`,
    );
    console.log(`  village-b → ${b.villageName} ${b.villageCode}: open notice #${b.openNoticeId}`);
    console.log(
      `Demo accounts (password ${DEMO_PASSWORD}): admin, city, county-dpf, county-org, ` +
        'township-party, township-dpf, village-a, village-b',
    );
  }
} catch (error) {
  console.error(`Seeding ${target} failed (nothing was written: the seed is one transaction):`);
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
}
