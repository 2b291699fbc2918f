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

export type Fixture = {
  programme: { id: number; name: string; target: number };
  year: number;
  counties: { code: string; name: string; allocation: number; publicised: number; passed: number }[];
  city: { publicised: number; passed: number };
  notices: { open: Notice; ended: Notice; closedWithRemoval: Notice; withdrawn: Notice };
  draftId: number | null;
  township: { code: string; name: string };
  villages: { code: string; name: string }[];
  secrets: string[];
};

export const fixture: Fixture = JSON.parse(fs.readFileSync(process.env.E2E_FIXTURE ?? 'missing-fixture.json', 'utf8'));
