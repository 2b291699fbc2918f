// The expected data written by e2e/make-fixture.ts from the same database the server uses.
import fs from 'node:fs';

type Notice = {
  id: number;
  title: string;
  village_code: string;
  withdrawal_reason: string | null;
  entries: { id: number; masked_name: string; outcome: string | null }[];
  objections: { status: string; resolution_reason: string | null }[];
};

/** Public progress per county for the fixture's year, and per county and China month ('YYYY-MM'), counted in SQL. */
export type ProgressFixture = {
  counties: {
    code: string;
    name: string;
    allocation: number;
    publicised: number;
    passed: number;
    filed: number;
    paired: number;
    outOfPoverty: number;
    microLoan: number;
    dpfFunding: number;
  }[];
  months: { county: string; month: string; publicised: number; passed: number; filed: number }[];
};

export type Fixture = {
  /** village-a's 平安村委会: a notice ready to close, an open notice, a registered household. */
  villageA: { readyToClose: number; openNotice: number; registeredHousehold: number };
  programme: { id: number; name: string; target: number };
  year: number;
  counties: { code: string; name: string; allocation: number; publicised: number; passed: number }[];
  city: { publicised: number; passed: number };
  notices: { open: Notice; ended: Notice; closedWithRemoval: Notice; closedExpired: Notice; withdrawn: Notice };
  draftId: number | null;
  /** A filed household of 平安镇 (平安村委会 preferred), or null when the demo data has none. */
  filedHousehold: { id: number; village_code: string } | null;
  township: { code: string; name: string };
  villages: { code: string; name: string }[];
  /** Every region of the city, the city included. */
  regionCount: number;
  secrets: string[];
  /** A left-out household report's reference (db/seed/participation.ts), or null without one. */
  leftOutReference: string | null;
  progress: ProgressFixture;
  /** A passed household nobody has decided on, and the username deciding each approval step for it. */
  approval: {
    householdId: number;
    fullName: string;
    villageCode: string;
    approvers: Partial<Record<'village' | 'township_party' | 'township_dpf' | 'county_dpf' | 'county_org', string>>;
  } | null;
};

export const fixture: Fixture = JSON.parse(fs.readFileSync(process.env.E2E_FIXTURE ?? 'missing-fixture.json', 'utf8'));
