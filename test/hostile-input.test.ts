// Hostile input, property-based (fast-check): every Server Action and every route handler that takes
// input is fed generated values (SQL, HTML and script, overlong text, control characters, unpaired
// surrogates, full-width digits, files where text is expected, repeated, missing and extra fields, huge
// and negative numbers). Each must refuse with a Chinese message (next to the field where there is one),
// or store the value as typed; it never throws, and a refusal leaves every table as it was (no audit row
// without its write). Bounded: FC_RUNS runs per action (default 12) from FC_SEED (fixed by default); a
// failure prints the seed and path, so `FC_SEED=<seed> FC_PATH=<path> npx vitest run test/hostile-input.test.ts`
// replays it.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setProcessDatabase } from '@/db';
import { queryRows } from '@/db/client';
import { GET as progressRoute } from '@/app/api/public/progress/route';
import { GET as feedRoute } from '@/app/(public)/regions/[code]/feed.xml/route';
import { POST as displayRoute } from '@/app/display/route';
import { GET as languageRoute } from '@/app/language/route';
import type { Official } from '@/lib/auth/official';
import { checkCredentials } from '@/lib/auth/credentials';
import { roleMay } from '@/lib/domain/permissions';
import { exportRoster } from '@/lib/data/officials/roster';
import { getHouseholdPhoto } from '@/lib/data/officials/households';
import * as accountSpecs from '@/lib/actions/accounts';
import { createAccount, disableAccount, enableAccount, resetPassword, updateAccount } from '@/lib/actions/accounts';
import { decideApproval } from '@/lib/actions/approvals';
import type { ActionResult } from '@/lib/actions/core';
import {
  addHelper,
  removeHelper,
  removeProject,
  removeSupport,
  saveDpfFunding,
  saveMicroLoan,
  saveProject,
  saveVillageJob,
  setGuarantee,
  setPairing,
} from '@/lib/actions/help';
import { searchHouseholds } from '@/lib/actions/household-search';
import { registerHousehold, updateHousehold } from '@/lib/actions/households';
import { removeMember, saveMember, saveRegistrantDetails } from '@/lib/actions/members';
import { confirmIncome, recordIncome, updateIncome } from '@/lib/actions/incomes';
import { closeNotice, correctNotice, createDraft, deleteDraft, publishNotice, updateDraft, withdrawNotice } from '@/lib/actions/notices';
import { investigateObjection, recordObjection, resolveObjection } from '@/lib/actions/objections';
import { changeOwnPassword } from '@/lib/actions/password';
import { setAllocationPlan } from '@/lib/actions/plan';
import { saveSummaryDraft, submitSummary } from '@/lib/actions/summaries';
import { addFix, recordInspection, recordMeeting, recordTraining, resolveFix, saveParty } from '@/lib/actions/duties';
import { saveVisit } from '@/lib/actions/visits';
import { recordPosting, withdrawPosting } from '@/lib/actions/postings';
import { LEFT_OUT_FORM, recordLeftOut, reportLeftOut, screenLeftOut } from '@/lib/actions/left-out';
import { recordScreeningRefusal } from '@/lib/actions/screening';
import { acceptOnlineObjection, lodgeObjection, lookupObjection, OBJECTION_FORM, rejectOnlineObjection } from '@/lib/actions/online-objections';
import { issueFormStamp } from '@/lib/security/public-form-guard';
import { getPostingPhoto } from '@/lib/data/officials/participation';
import { loadAccount } from '@/lib/auth/official';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { openTestDatabase, type TestDatabase } from './database';
import { insertBareHousehold } from './households';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = Number(process.env.FC_SEED ?? 20261130);
const RUNS = Number(process.env.FC_RUNS ?? 12);
const PATH = process.env.FC_PATH;
const params = <T>(numRuns = RUNS, examples: T[] = []): fc.Parameters<T> => ({
  seed: SEED,
  numRuns,
  examples,
  ...(PATH ? { path: PATH } : {}),
  endOnFailure: true,
});

type Spec = {
  action: Parameters<typeof roleMay>[1];
  schema: z.ZodType;
  run(official: Official | null, input: FormData, now: Date): Promise<ActionResult>;
};

// ── The inventory ────────────────────────────────────────────────────────────────────────────────
// Every export of lib/actions/*.server.ts, and what this file feeds in its place: the spec it wraps
// (called as `submit` calls it, with a demo official whose role may take the action, and FormData), or
// the function that takes its input. A new export, or a new route.ts, fails the first test until it is
// listed here and covered below.
const SERVER_ACTIONS: Record<string, Spec | readonly Spec[] | 'login' | 'password' | 'search' | 'no input' | 'session only' | 'public left-out report' | 'public objection' | 'public objection lookup'> = {
  'accounts.server.ts#createAccountAction': createAccount,
  'accounts.server.ts#updateAccountAction': updateAccount,
  'accounts.server.ts#disableAccountAction': disableAccount,
  'accounts.server.ts#enableAccountAction': enableAccount,
  'accounts.server.ts#resetPasswordAction': resetPassword,
  // The two-factor work (issue 8) is not committed yet: looked up by name so that this file compiles without it.
  'accounts.server.ts#resetSecondFactorAction': (accountSpecs as Record<string, unknown>).resetSecondFactor as Spec,
  'approvals.server.ts#decideApprovalAction': decideApproval,
  'auth.server.ts#login': 'login', // its own fields, then next-auth's authorize → checkCredentials
  'help.server.ts#setPairingAction': setPairing,
  'help.server.ts#addHelperAction': addHelper,
  'help.server.ts#removeHelperAction': removeHelper,
  'help.server.ts#saveProjectAction': saveProject,
  'help.server.ts#removeProjectAction': removeProject,
  'help.server.ts#setGuaranteeAction': setGuarantee,
  'help.server.ts#saveVillageJobAction': saveVillageJob,
  'help.server.ts#saveMicroLoanAction': saveMicroLoan,
  'help.server.ts#saveDpfFundingAction': saveDpfFunding,
  'help.server.ts#removeSupportAction': removeSupport,
  'household-search.server.ts#searchHouseholdsAction': 'search',
  'households.server.ts#registerHouseholdAction': registerHousehold,
  'households.server.ts#updateHouseholdAction': updateHousehold,
  'members.server.ts#saveMemberAction': saveMember,
  'members.server.ts#saveRegistrantDetailsAction': saveRegistrantDetails,
  'members.server.ts#removeMemberAction': removeMember,
  'incomes.server.ts#recordIncomeAction': recordIncome,
  'incomes.server.ts#updateIncomeAction': updateIncome,
  'incomes.server.ts#confirmIncomeAction': confirmIncome,
  'notices.server.ts#createDraftAction': createDraft,
  'notices.server.ts#updateDraftAction': updateDraft,
  'notices.server.ts#deleteDraftAction': deleteDraft,
  'notices.server.ts#publishNoticeAction': publishNotice,
  'notices.server.ts#withdrawNoticeAction': withdrawNotice,
  'notices.server.ts#correctNoticeAction': correctNotice,
  'notices.server.ts#closeNoticeAction': closeNotice,
  'objections.server.ts#recordObjectionAction': recordObjection,
  'objections.server.ts#investigateObjectionAction': investigateObjection,
  'objections.server.ts#resolveObjectionAction': resolveObjection,
  'password.server.ts#changePasswordAction': 'password', // changeOwnPassword
  'plan.server.ts#setAllocationPlanAction': setAllocationPlan,
  'sign-out.server.ts#logout': 'no input', // the session cookie only
  'sign-out.server.ts#logoutEverywhere': 'no input',
  'summaries.server.ts#summaryAction': [saveSummaryDraft, submitSummary], // `intent` picks one
  'visits.server.ts#saveVisitAction': saveVisit,
  'postings.server.ts#recordPostingAction': recordPosting,
  'postings.server.ts#withdrawPostingAction': withdrawPosting,
  'left-out.server.ts#recordLeftOutAction': recordLeftOut,
  'left-out.server.ts#screenLeftOutAction': screenLeftOut,
  'left-out.server.ts#reportLeftOutAction': 'public left-out report', // reportLeftOut, below
  'online-objections.server.ts#acceptOnlineObjectionAction': acceptOnlineObjection,
  'online-objections.server.ts#rejectOnlineObjectionAction': rejectOnlineObjection,
  'online-objections.server.ts#lodgeObjectionAction': 'public objection', // lodgeObjection, below
  'online-objections.server.ts#lookupObjectionAction': 'public objection lookup', // lookupObjection, below
  'duties.server.ts#recordTrainingAction': recordTraining,
  'duties.server.ts#savePartyAction': saveParty,
  'duties.server.ts#recordMeetingAction': recordMeeting,
  'duties.server.ts#recordInspectionAction': recordInspection,
  'duties.server.ts#addFixAction': addFix,
  'duties.server.ts#resolveFixAction': resolveFix,
  'screening.server.ts#recordScreeningRefusalAction': recordScreeningRefusal,
  'two-factor.server.ts#enrolSecondFactorAction': 'session only', // its schema lives in the 'use server' file
};

// Every route.ts and its methods. The two officials' routes read the session (next/headers), which
// exists only inside a request: their input (region and format, the id) is fed to the functions they
// hand it to, with a real official; the routes' session and origin checks are the browser tests'.
const ROUTES: Record<string, string> = {
  'app/api/public/progress/route.ts#GET': 'query: format, table, county',
  'app/(public)/regions/[code]/feed.xml/route.ts#GET': 'path: code',
  'app/(officials)/admin/roster/export/route.ts#POST': 'form: format, region → exportRoster',
  'app/(officials)/admin/households/[id]/photo/route.ts#GET': 'path: id → getHouseholdPhoto',
  'app/(officials)/admin/notices/[id]/postings/[postingId]/photo/route.ts#GET': 'path: id, postingId → getPostingPhoto',
  'app/api/auth/[...nextauth]/route.ts#GET': 'next-auth: no input of ours',
  'app/api/auth/[...nextauth]/route.ts#POST': 'next-auth: credentials → checkCredentials (as login)',
  'app/display/route.ts#POST': 'form: large, contrast, back; Referer',
  'app/language/route.ts#GET': 'query: to; Referer',
};

function exportsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/gm)].map((m) => m[1]!);
  for (const m of source.matchAll(/^export\s+const\s+\{([^}]+)\}/gm)) names.push(...m[1]!.split(',').map((s) => s.trim()));
  return names;
}

function filesUnder(dir: string, name: RegExp): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => name.test(path.basename(f)))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
}

// ── Generated values ─────────────────────────────────────────────────────────────────────────────
const HOSTILE = [
  "'; drop table households; --",
  "1' or '1'='1",
  '1; select pg_sleep(10)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m\u007f',
  '\r\n\t',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil',
  '\uFEFF',
  '１２３４５６',
  '－１',
  '２０２６－０６－０１',
  '２２０８０２１００２０１',
  '-1',
  '0',
  '-2147483649',
  '2147483648',
  '99999999999999999999999',
  '1e309',
  '1.5',
  '0x1F',
  'NaN',
  'Infinity',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  ' ',
  '\u3000',
  '',
];

const text = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.constantFrom(1_001, 20_001, 200_000).map((n) => '测'.repeat(n)), weight: 1 },
  { arbitrary: fc.oneof(fc.bigInt(), fc.integer({ min: -(2 ** 31), max: 0 })).map(String), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
);

type Value = string | File;
const file = fc.constantFrom<Value>(new File(['<script>'], 'x.html', { type: 'text/html' }), new File([new Uint8Array(3)], 'a.png', { type: 'image/png' }));

/** The strings a schema names itself (enum options, literals): plausible values to get past the first check. */
function namedValues(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  const out: string[] = [];
  if (def.type === 'enum') out.push(...Object.values(def.entries as Record<string, string>).map(String));
  if (def.type === 'literal') out.push(...(def.values as unknown[]).map(String));
  for (const key of ['in', 'out', 'innerType', 'element', 'left', 'right']) out.push(...namedValues(def[key], seen));
  for (const option of (def.options as unknown[] | undefined) ?? []) out.push(...namedValues(option, seen));
  return out;
}

/** The top-level fields of a schema (through preprocess, refinements and optional wrappers). */
function shapeOf(schema: unknown): Record<string, unknown> {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return {};
  if (def.type === 'object') return def.shape as Record<string, unknown>;
  if (def.type === 'pipe') return { ...shapeOf(def.in), ...shapeOf(def.out) };
  if (def.type === 'union' || def.type === 'intersection') {
    return Object.assign({}, ...[...((def.options as unknown[]) ?? []), def.left, def.right].map(shapeOf));
  }
  return 'innerType' in def ? shapeOf(def.innerType) : {};
}

let plausible: string[] = [];

/** A form for these fields: each missing, once or twice, plausible or hostile; plus extra fields. */
function formFor(shape: Record<string, unknown>) {
  const keys = Object.keys(shape);
  const valueFor = (key: string) =>
    fc.oneof(
      { arbitrary: fc.constantFrom<Value>(...plausible, ...namedValues(shape[key])), weight: 3 },
      { arbitrary: text, weight: 3 },
      { arbitrary: file, weight: 1 },
    );
  const field = (key: string) =>
    fc.oneof(
      { arbitrary: fc.constant<Value[]>([]), weight: 1 },
      { arbitrary: valueFor(key).map((v) => [v]), weight: 6 },
      { arbitrary: fc.tuple(valueFor(key), valueFor(key)), weight: 1 },
    );
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', '$ACTION_ID_x', 'toString'), fc.string({ maxLength: 8 })), text), {
    maxLength: 2,
  });
  return fc.tuple(fc.record(Object.fromEntries(keys.map((k) => [k, field(k)]))), extra).map(([fields, extras]) => {
    const form = new FormData();
    for (const [key, values] of Object.entries(fields)) for (const v of values) form.append(key, v);
    for (const [key, v] of extras) form.append(key, v);
    // fast-check prints the counterexample with this: its fields, not [object FormData].
    return Object.defineProperty(form, fc.toStringMethod, { value: () => `FormData ${describeForm(form)}` });
  });
}

// ── Checks ───────────────────────────────────────────────────────────────────────────────────────
const HAN = /\p{Script=Han}/u;
let database: TestDatabase;
let now: Date;
let tables: string[] = [];
const officials: Record<string, Official> = {};

/** Row counts of every table in one query. */
async function counts(): Promise<Record<string, number>> {
  const select = tables.map((t) => `(select count(*)::int from "${t}") as "${t}"`).join(', ');
  const [row] = await queryRows<Record<string, number>>(database.db, sql.raw(`select ${select}`));
  return row!;
}

function describeForm(form: FormData): string {
  return JSON.stringify([...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? (v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v) : `File(${v.name})`]));
}

/** A refusal in Chinese with nothing written, or an accepted write with its audit row. */
async function expectRefusedOrAudited(result: ActionResult, before: Record<string, number>, form: FormData): Promise<void> {
  const after = await counts();
  const where = describeForm(form);
  if (!result.ok) {
    expect(result.message, where).toMatch(HAN);
    for (const [field, message] of Object.entries(result.fieldErrors)) expect(message, `${field} in ${where}`).toMatch(HAN);
    expect(after, `a refusal wrote something: ${where}`).toEqual(before);
  } else {
    expect(after.audit_log, `accepted without an audit row: ${where}`).toBeGreaterThan(before.audit_log!);
  }
}

/** The first demo official whose role may take the action (village-a first: it has the most data). */
function officialFor(spec: Spec): Official {
  const found = ['village-a', 'township-dpf', 'township-party', 'county-dpf', 'county-org', 'city', 'admin']
    .map((name) => officials[name]!)
    .find((o) => roleMay(o.role, spec.action));
  if (!found) throw new Error(`no demo official may ${spec.action}`);
  return found;
}

beforeAll(async () => {
  database = await openTestDatabase('seeded');
  setProcessDatabase(database);
  now = database.seededAt;
  // The accounts as a request loads them, enrolled in a second factor or not (that gate is the session's).
  for (const row of await queryRows<{ id: number; v: number; name: string }>(
    database.db,
    sql`select id, session_version as v, username as name from officials
        where username in ('village-a', 'village-b', 'township-dpf', 'township-party', 'county-dpf', 'county-org', 'city', 'admin')`,
  )) {
    officials[row.name] = (await loadAccount(database.db, { id: row.id, sessionVersion: row.v }))!.official;
  }
  tables = (
    await queryRows<{ name: string }>(database.db, sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`)
  ).map((r) => r.name);
  // Real ids and codes of village-a's region, so that generated forms also reach the rules and writes.
  const ids = await queryRows<{ id: number }>(
    database.db,
    sql`(select id from households where village_code = '220802100201' order by id limit 3)
        union (select id from notices where village_code = '220802100201' order by id limit 3)
        union (select id from objections order by id limit 2)
        union (select id from notice_entries order by id limit 2)
        union (select id from officials order by id desc limit 2)`,
  );
  plausible = [...new Set([...ids.map((r) => String(r.id)), '1', '220802100201', '220802', '220802100', '2026', '2026-06-01', '13912345678', '平安村三组', '4'])];
});
afterAll(() => database.close());

describe('the inventory of inputs', () => {
  it('lists every Server Action export and every route handler', () => {
    const actions = filesUnder('lib/actions', /\.server\.ts$/).flatMap((f) => exportsOf(f).map((name) => `${path.basename(f)}#${name}`));
    expect(actions.sort()).toEqual(Object.keys(SERVER_ACTIONS).sort());
    const routes = filesUnder('app', /^route\.ts$/).flatMap((f) =>
      exportsOf(f)
        .filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name))
        .map((name) => `${f}#${name}`),
    );
    expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

const specs = Object.entries(SERVER_ACTIONS).flatMap(([name, cover]) =>
  typeof cover === 'string' || !cover ? [] : (Array.isArray(cover) ? cover : [cover]).map((spec, i) => [`${name}${i ? ` (${i})` : ''}`, spec] as const),
);

describe('Server Actions refuse hostile forms in Chinese, or write them with their audit row', () => {
  it.each(specs)('%s', async (_name, spec: Spec) => {
    const official = officialFor(spec);
    await fc.assert(
      fc.asyncProperty(formFor(shapeOf(spec.schema)), async (form) => {
        const before = await counts();
        const result = await spec.run(official, form, now);
        await expectRefusedOrAudited(result, before, form);
      }),
      params(),
    );
  });

  it('the household search refuses in Chinese or lists only the region, and writes nothing but its audit', async () => {
    const official = officials['village-a']!;
    await fc.assert(
      fc.asyncProperty(formFor({ q: null, village: null, status: z.enum(['registered']) }), async (form) => {
        const before = await counts();
        const state = await searchHouseholds(official, form);
        const after = await counts();
        for (const message of Object.values(state.fieldErrors)) expect(message).toMatch(HAN);
        if (Object.keys(state.fieldErrors).length > 0) expect(after).toEqual(before);
        expect(after.households).toBe(before.households);
        for (const row of state.rows) expect(row.villageCode.startsWith('220802100201')).toBe(true);
      }),
      params(),
    );
  });

  it('changing one’s password refuses hostile forms in Chinese and writes nothing then', async () => {
    const [row] = await queryRows<{ id: number; v: number }>(database.db, sql`select id, session_version as v from officials where username = 'village-b'`);
    const account = { ...(await loadAccount(database.db, { id: row!.id, sessionVersion: row!.v }))!, mustChangePassword: false };
    await fc.assert(
      fc.asyncProperty(formFor({ currentPassword: null, newPassword: null, confirmPassword: null }), async (form) => {
        const before = await counts();
        const result = await changeOwnPassword(account, form, now);
        expect(result.ok).toBe(false); // no form here knows the current password
        if (!result.ok) {
          expect(result.message).toMatch(HAN);
          for (const message of Object.values(result.fieldErrors)) expect(message).toMatch(HAN);
        }
        const after = await counts();
        expect({ ...after, login_attempts: 0, audit_log: 0 }).toEqual({ ...before, login_attempts: 0, audit_log: 0 });
      }),
      params(),
    );
  });

  it('signing in with hostile credentials is refused without a thrown error', async () => {
    let clock = now.getTime() + 86_400_000;
    await fc.assert(
      // The address is the trusted proxy's header, parsed (lib/auth/client-address.ts): never generated text.
      fc.asyncProperty(fc.tuple(fc.oneof(text, fc.constantFrom('village-a', 'admin')), text, fc.constantFrom('127.0.0.1', '::1', 'unknown')), async ([username, password, ip]) => {
        clock += 3_600_000; // an hour apart: no throttle from the previous run
        // next-auth's authorize hands on only a username of 1–64 characters (trimmed) and a password of 1–256.
        if (username.trim().length < 1 || username.trim().length > 64 || password.length < 1 || password.length > 256) return;
        const result = await checkCredentials(database.db, { username, password, ip }, new Date(clock));
        expect(result.ok).toBe(false);
      }),
      params<[[string, string, string]]>(8, [[['village-a\u0000', 'a\u0000b', '::1']], [['\uD800', '\uDFFF', '::1']]]),
    );
  });
});

// Text that passes the schema is stored exactly as the schema returns it, and the hand-written Atom feed
// (the one place that does not go through React's escaping) shows it as text: well-formed XML, no markup.
// The bugs this file found, one plain case each.
describe('regressions', () => {
  // (A lone surrogate never arrives in FormData: its values are USVStrings, so the browser and FormData
  // itself already replace one with U+FFFD; the check also refuses one given directly.)
  it('a NUL or another control character in free text is refused next to its field (PostgreSQL threw on NUL: a 500)', async () => {
    const form = new FormData();
    const fields = { villageCode: '220802100201', year: '2026', title: '平安村\u0000公示', issuingBody: '党支部\u0007', body: '现予公示。', objectionPhone: '0436-7654321', objectionPlace: '村委会', householdIds: plausible[0]! };
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    const before = await counts();
    const result = await createDraft.run(officials['village-a']!, form, now);
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: zhAdmin.errors.untypeable, issuingBody: zhAdmin.errors.untypeable } });
    expect(await counts()).toEqual(before);
    const search = new FormData();
    search.append('q', '\u0000');
    expect((await searchHouseholds(officials['village-a']!, search)).fieldErrors).toEqual({ q: zhAdmin.errors.untypeable });
  });

  it('a NUL in the user name of a sign-in is a wrong name, not a thrown query', async () => {
    const result = await checkCredentials(database.db, { username: 'village-a\u0000', password: 'x', ip: '::1' }, new Date(now.getTime() + 7 * 86_400_000));
    expect(result).toEqual({ ok: false, error: 'invalid' });
  });

  it('a file or a repeated field where one text was expected gets a Chinese message, not zod’s English one', async () => {
    const form = new FormData();
    form.append('noticeId', '1');
    form.append('channel', 'in_person');
    form.append('about', 'notice');
    form.append('summary', new File(['x'], 'x.txt'));
    form.append('objectorName', '甲');
    form.append('objectorName', '乙');
    const result = await recordObjection.run(officials['village-a']!, form, now);
    expect(result).toMatchObject({ ok: false, fieldErrors: { summary: expect.stringMatching(HAN), objectorName: zhAdmin.errors.badField } });
  });
});

describe('hostile text that is accepted is stored as typed and shown inert', () => {
  const A = '220802100201';
  const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
  const freeText = fc.oneof(text, fc.constantFrom('平安村党支部', '村委会办公室'));

  /** A household of village-a that no notice lists yet. */
  const freshHousehold = () => insertBareHousehold(database.db, A);

  function expectInertXml(xml: string, where: string): void {
    expect(xml.isWellFormed(), `ill-formed UTF-16 in the feed: ${where}`).toBe(true);
    expect(XML_FORBIDDEN.test(xml), `a character XML forbids in the feed: ${where}`).toBe(false);
    expect(xml, where).not.toMatch(/<(script|img)\b/i);
  }

  it('a notice: title, issuing body, body and place', async () => {
    const official = officials['village-a']!;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.record({ title: freeText, issuingBody: freeText, body: freeText, objectionPlace: freeText }), async (typed) => {
        const form = new FormData();
        const fields = { villageCode: A, year: '2026', objectionPhone: '0436-7654321', householdIds: String(await freshHousehold()), ...typed };
        for (const [key, value] of Object.entries(fields)) form.append(key, value);
        const before = await counts();
        const result = await createDraft.run(official, form, now);
        await expectRefusedOrAudited(result, before, form);
        if (!result.ok) return;
        accepted++;
        const { id } = result.value as { id: number };
        const parsed = createDraft.schema.parse(Object.fromEntries(form.entries()));
        const [stored] = await queryRows<Record<string, string>>(
          database.db,
          sql`select title, issuing_body as "issuingBody", body, objection_place as "objectionPlace" from notices where id = ${id}`,
        );
        expect(stored).toEqual({ title: parsed.title, issuingBody: parsed.issuingBody, body: parsed.body, objectionPlace: parsed.objectionPlace });
        const published = await publishNotice.run(official, { id }, now);
        if (!published.ok) return;
        const feed = await feedRoute(new Request(`http://127.0.0.1:3000/regions/${A}/feed.xml`), { params: Promise.resolve({ code: A }) });
        expect(feed.status).toBe(200);
        expectInertXml(await feed.text(), describeForm(form));
      }),
      params(RUNS, [
        [{ title: HOSTILE[3]!, issuingBody: HOSTILE[0]!, body: HOSTILE[4]!, objectionPlace: '{{7*7}}${7*7}' }],
        [{ title: '平安村\u0000公示', issuingBody: '党支部\u0007', body: '现予公示\u001b[31m', objectionPlace: '村委会\uD800' }],
      ]),
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('an objection: summary, objector name and contact', async () => {
    const official = officials['village-a']!;
    let accepted = 0;
    const [open] = await queryRows<{ id: number }>(
      database.db,
      sql`select id from notices where village_code = ${A} and status = 'published' and period_ends_at > ${now.toISOString()} limit 1`,
    );
    await fc.assert(
      fc.asyncProperty(fc.record({ summary: freeText, objectorName: freeText, objectorContact: freeText }), async (typed) => {
        const form = new FormData();
        for (const [key, value] of Object.entries({ noticeId: String(open!.id), channel: 'in_person', about: 'notice', ...typed })) form.append(key, value);
        const before = await counts();
        const result = await recordObjection.run(official, form, now);
        await expectRefusedOrAudited(result, before, form);
        if (!result.ok) return;
        accepted++;
        const parsed = recordObjection.schema.parse(Object.fromEntries(form.entries()));
        const [stored] = await queryRows<Record<string, string | null>>(
          database.db,
          sql`select summary, objector_name as "objectorName", objector_contact as "objectorContact" from objection_private order by objection_id desc limit 1`,
        );
        expect(stored).toEqual({ summary: parsed.summary, objectorName: parsed.objectorName ?? null, objectorContact: parsed.objectorContact ?? null });
      }),
      params(RUNS, [
        [{ summary: HOSTILE[3]!, objectorName: HOSTILE[1]!, objectorContact: HOSTILE[4]! }],
        [{ summary: '收入\u0000不实', objectorName: '张\uDC00', objectorContact: '\u0007' }],
      ]),
    );
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('route handlers answer hostile input with a 4xx in the stable shape, or normally', () => {
  async function expectAnswer(response: Response): Promise<void> {
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) {
      const body = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['error', 'message']);
      expect(body.message).toMatch(HAN);
    }
  }

  it('GET /api/public/progress', async () => {
    const param = fc.option(fc.oneof(text, fc.constantFrom('json', 'csv', 'counties', 'townships', '220802', '220881')), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(fc.record({ format: param, table: param, county: param, extra: param }), async (query) => {
        const url = new URL('http://127.0.0.1:3000/api/public/progress');
        for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.append(key, value);
        await expectAnswer(await progressRoute(new NextRequest(url)));
      }),
      params(),
    );
  });

  it('GET /regions/[code]/feed.xml', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, fc.constantFrom('220802100201', '220800', '２２０８０２')), async (code) => {
        const request = new Request(`http://127.0.0.1:3000/regions/${encodeURIComponent(code)}/feed.xml`);
        await expectAnswer(await feedRoute(request, { params: Promise.resolve({ code }) }));
      }),
      params(),
    );
  });

  it('POST /display: a 303 back to a path of this site, or a 4xx in Chinese; never elsewhere', async () => {
    const field = fc.option(fc.oneof(text, fc.constantFrom('0', '1', '/', '//evil.example', 'https://evil.example/', '/search?q=1')), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(fc.record({ large: field, contrast: field, back: field, extra: field }), async (fields) => {
        const body = new URLSearchParams();
        for (const [key, value] of Object.entries(fields)) if (value !== undefined) body.append(key, value);
        const response = await displayRoute(
          new Request('http://127.0.0.1:3000/display', {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://127.0.0.1:3000' },
            body,
          }),
        );
        expect(response.status).toBeLessThan(500);
        if (response.status === 303) expect(response.headers.get('Location')).toMatch(/^\/(?![\/\\])/);
        else expect(await response.text()).toMatch(HAN);
      }),
      params(),
    );
  });

  it('GET /language: a 303 to a path of this site whatever the language and Referer, or a 400 in Chinese', async () => {
    const referer = fc.option(
      fc.oneof(text, fc.constantFrom('https://evil.example/x', 'http://127.0.0.1:3000//evil.example/x', 'http://127.0.0.1:3000/en//evil.example', 'http://127.0.0.1:3000/en/\\evil.example'), text.map((t) => `http://127.0.0.1:3000/${t}`)),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, fc.constantFrom('en', 'zh-CN')), referer, async (to, from) => {
        const headers = new Headers({ host: '127.0.0.1:3000' });
        try {
          if (from !== undefined) headers.set('referer', from);
        } catch {
          return; // not a header value a browser could send
        }
        const response = await languageRoute(new Request(`http://127.0.0.1:3000/language?to=${encodeURIComponent(to)}`, { headers }));
        expect(response.headers.get('Cache-Control')).toBe('private, no-store');
        if (response.status === 303) expect(response.headers.get('Location')).toMatch(/^\/(?![\/\\])/);
        else {
          expect(response.status).toBe(400);
          expect(await response.text()).toMatch(HAN);
        }
      }),
      params(),
    );
  });

  it('POST /admin/roster/export: region and format as exportRoster takes them', async () => {
    const official = officials['county-dpf']!;
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, fc.constantFrom('220802100', '220802100201', '220881', '220800')), async (region) => {
        const before = await counts();
        const result = await exportRoster(official, region, 'csv', now);
        const after = await counts();
        if (!result.ok) {
          expect([403, 404]).toContain(result.status);
          expect(result.message).toMatch(HAN);
          expect(after).toEqual(before);
        } else {
          expect(after.audit_log).toBe(before.audit_log! + 1);
        }
      }),
      params(),
    );
  });

  it('GET /admin/households/[id]/photo: the id as the route parses it', async () => {
    const official = officials['village-a']!;
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, fc.constantFrom(...plausible)), async (raw) => {
        const id = /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : 0;
        const photo = await getHouseholdPhoto(official, id);
        if (photo) expect(photo.contentType).toMatch(/^image\//);
      }),
      params(),
    );
  });

  it('GET /admin/notices/[id]/postings/[postingId]/photo: both ids as the route parses them', async () => {
    const official = officials['village-a']!;
    const id = (raw: string) => (/^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : 0);
    await fc.assert(
      fc.asyncProperty(fc.tuple(fc.oneof(text, fc.constantFrom(...plausible)), fc.oneof(text, fc.constantFrom(...plausible))), async ([notice, posting]) => {
        const photo = await getPostingPhoto(official, id(notice), id(posting));
        if (photo) expect(photo.contentType).toMatch(/^image\//);
      }),
      params(),
    );
  });

  it('the public objection form (no official) refuses in Chinese with nothing written, or writes with its audit row', async () => {
    // A valid stamp of the right age half the time, so that generated forms also reach the rules and writes.
    const stamp = issueFormStamp(OBJECTION_FORM, new Date(now.getTime() - 60_000));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        formFor({ noticeId: null, about: null, summary: null, objectorName: null, objectorPhone: null, website: null, formStamp: null }),
        fc.boolean(),
        async (form, stamped) => {
          if (stamped) form.set('formStamp', stamp);
          const before = await counts();
          const result = await lodgeObjection(form, now, { address: `203.0.113.${n++ % 250}` });
          await expectRefusedOrAudited(result.ok ? { ok: true, message: '', value: null } : { ...result, refused: 'rule' }, before, form);
        },
      ),
      params(),
    );
  });

  it('the public objection lookup shows nothing for any input but a stored code, and writes only its failure counter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, fc.constantFrom('YY-2222-2222', '')), formFor({ code: null }), async (reference, form) => {
        const before = await counts();
        const raw = Object.fromEntries([...new Set(form.keys())].map((k) => [k, form.getAll(k).length > 1 ? form.getAll(k) : form.get(k)]));
        const result = await lookupObjection(reference, raw, now, { address: '203.0.113.251' });
        expect(result.ok, describeForm(form)).toBe(false);
        if (!result.ok) expect(result.message).toMatch(HAN);
        const after = await counts();
        expect({ ...after, public_form_submissions: 0 }).toEqual({ ...before, public_form_submissions: 0 });
      }),
      params(),
    );
  });

  it('the public left-out report (no official) refuses in Chinese with nothing written, or writes with its audit row', async () => {
    // A valid stamp of the right age half the time, so that generated forms also reach the rules and writes.
    const stamp = issueFormStamp(LEFT_OUT_FORM, new Date(now.getTime() - 60_000));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        formFor({ villageCode: null, noticeId: null, who: null, why: null, contact: null, website: null, formStamp: null }),
        fc.boolean(),
        async (form, stamped) => {
          if (stamped) form.set('formStamp', stamp);
          const before = await counts();
          const result = await reportLeftOut(form, now, { address: `198.51.100.${n++ % 250}` });
          await expectRefusedOrAudited(result.ok ? { ok: true, message: '', value: null } : { ...result, refused: 'rule' }, before, form);
        },
      ),
      params(),
    );
  });
});
