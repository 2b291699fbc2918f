// Demo data after the notice (issue 4): what happens to a household once its notice has passed it.
// Approval and filing (审批建档) step by step, then the help measures (结对帮扶, helpers, income projects,
// guarantees, jobs, loans, DPF funding), return visits (定期回访), the 2026 income follow-up and each
// county's annual summary (总结验收, due 5 November).
//
// Called by seedDemo inside its transaction, after the notices are closed. Deterministic: its own
// fixed-seed PRNG, so the rest of the demo keeps its data; dates follow `now` like the notices do,
// always on or after the day the household's notice closed and never later than yesterday (China),
// so every row is in the past at any hour.
import { and, asc, eq } from 'drizzle-orm';
import { demoTotpSecret } from '../../lib/auth/two-factor-policy';
import { addDays, chinaDateString, daysBetween, startOfChinaDay } from '../../lib/domain/time';
import type { Tx } from '../client';
import {
  annualSummaries,
  approvals,
  approvalSteps,
  guaranteeKinds,
  guarantees,
  helperKinds,
  helpers,
  households,
  incomeProjects,
  incomeRecords,
  noticeEntries,
  notices,
  officials,
  pairings,
  regions,
  supports,
  visits,
} from '../schema';
import { personName } from './people';
import { chance, int, mulberry32, pick, shuffle, type Rng } from './random';
import { COUNTIES, villageShortName } from './regions';

const SEED = 0x20261105;
const RETURNED_IN = '220881'; // 洮南市
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Role = (typeof officials.$inferSelect)['role'];
type Step = (typeof approvalSteps)[number];
type ApprovalRow = typeof approvals.$inferInsert;

/** The shape of demo.ts's audit events: written by demo.ts, in time order, with all the others. */
export interface SeedAuditEvent {
  at: Date;
  officialId: number | null;
  role: Role | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: Record<string, unknown>; // public facts only: no names, numbers, phones, addresses
}

export interface AfterNoticeInput {
  now: Date;
  programmeId: number;
  incomeThreshold: number;
  /** The demo accounts' password hash, reused: argon2 is slow on purpose and the password is shared. */
  passwordHash: string;
  /** When the demo accounts were created; accounts added here get the same moment. */
  accountsAt: Date;
  audit: SeedAuditEvent[];
}

export interface AfterNoticeSummary {
  accountsCreated: number;
  approvals: number;
  /** Households returned once (a 'return' in round 1) and then agreed in round 2. */
  returned: number;
  filed: number;
  /** Passed households whose approval has not reached the county Organisation Department yet. */
  inProgress: number;
  byCounty: Record<string, { name: string; passed: number; filed: number; paired: number; outOfPoverty: number }>;
  pairings: number;
  helpers: number;
  incomeProjects: number;
  guarantees: number;
  supports: number;
  visits: number;
  /** Paired households with no visit at all: the dashboard lists them as not visited for 90 days. */
  neverVisited: number;
  incomeRecords: number;
  confirmedIncomeRecords: number;
  outOfPoverty: number;
  annualSummaries: { year: number; countyCode: string; status: 'draft' | 'submitted'; submittedOn: string | null }[];
}

// ---------------------------------------------------------------------------------------------
// Time: dates are China calendar days ('YYYY-MM-DD'); instants are an hour on such a day.

function chinaAt(date: string, hour: number, minute = 0): Date {
  return new Date(startOfChinaDay(date).getTime() + hour * HOUR + minute * MINUTE);
}

function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/**
 * `count` dates from `start`, each `gap` days after the one before (the first `firstGap` after
 * `start`), squeezed so the last is not after `last`. Squeezing shortens the longest gaps first, so a
 * chain that must fit a short window still runs in order (several steps may share a day).
 */
function spread(rng: Rng, start: string, last: string, count: number, firstGap: [number, number], gap: [number, number]): string[] {
  const gaps = [int(rng, ...firstGap), ...Array.from({ length: count - 1 }, () => int(rng, ...gap))];
  const room = Math.max(0, daysBetween(start, last));
  while (gaps.reduce((a, b) => a + b, 0) > room) {
    const i = gaps.indexOf(Math.max(...gaps));
    gaps[i] = gaps[i]! - 1;
  }
  const out: string[] = [];
  let day = start;
  for (const g of gaps) {
    day = addDays(day, g);
    out.push(day);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Texts, in the plain words a village secretary or a county clerk would write.

const OPINIONS: Record<Step, readonly string[]> = {
  village: [
    '经入户核实、村民代表评议和公示，情况属实，同意上报。',
    '经村党支部入户调查和公示，符合帮扶条件，同意推荐。',
  ],
  township_party: ['经乡镇党委审核，情况属实，同意上报。', '经审核，符合帮扶条件，同意报乡镇残联汇总。'],
  township_dpf: ['材料齐全，已汇总入册，同意报县残联审批。', '经核对登记表和残疾人证，材料齐全，同意上报。'],
  county_dpf: ['经审核，符合帮扶条件，同意列为帮扶对象，报县委组织部。', '经县残联审核，同意列为帮扶对象。'],
  county_org: ['同意列为帮扶对象，建立帮扶档案，落实党员干部结对帮扶。', '同意。建档立卡，落实结对帮扶。'],
};
const RETURN_OPINION = '登记表中家庭人口与户口簿不一致，退回村党支部核实更正后重新报送。';
const RESUBMIT_OPINION = '已入户核实，按户口簿更正家庭人口，重新报送。';

const CADRE_POSTS = ['村党支部书记', '村委会主任', '驻村第一书记', '乡镇党委委员', '乡镇残联理事长', '县残联干部', '县委组织部干部'];

const PROJECTS = [
  '养殖基础母牛',
  '养羊',
  '养鸡养鹅',
  '庭院种植蔬菜',
  '种植杂粮杂豆',
  '大棚种植香瓜',
  '手工编织',
  '开办小卖店',
  '网上销售小米',
  '种植葵花',
];

const JOBS = ['在村农民专业合作社务工', '在村扶贫车间务工', '在村内养殖场务工', '在村保洁公益岗位务工'];
const LOAN_USES = ['购买基础母牛', '购买种羊', '扩建大棚', '购进小卖店货品'];
const FUNDING_USES = ['扶持养殖项目', '购买农机具', '扶持庭院种植', '购买编织原料'];

const FINDINGS = [
  '项目运转正常，家庭收入比去年有所增加。',
  '养殖的牲畜长势良好，帮扶干部已联系收购渠道。',
  '家中残疾人身体状况稳定，已按时领取补贴。',
  '庭院蔬菜已上市，自家食用之外有部分出售。',
  '务工收入稳定，生活有明显改善。',
];
const SUGGESTIONS = ['继续做好技术指导。', '协调县残联落实康复服务。', '帮助联系销售渠道。', ''];

// ---------------------------------------------------------------------------------------------
// Accounts: every approval is decided by an account of that role bound to the household's village,
// township or county. The demo's named accounts cover 洮北区 and 平安镇; other regions get an account
// (same password) the first time one of their decisions needs it.

const USERNAME_PREFIX: Record<Step, string> = {
  village: 'village',
  township_party: 'township-party',
  township_dpf: 'township-dpf',
  county_dpf: 'county-dpf',
  county_org: 'county-org',
};

function regionOfRole(role: Step, code: string): string {
  if (role === 'village') return code;
  return role.startsWith('township') ? code.slice(0, 9) : code.slice(0, 6);
}

function displayNameOf(role: Step, regionName: string): string {
  switch (role) {
    case 'village':
      return `${villageShortName(regionName)}党支部`;
    case 'township_party':
      return `中共${regionName}委员会`;
    case 'county_org':
      return `中共${regionName}委组织部`;
    default:
      return `${regionName}残疾人联合会`;
  }
}

type Account = { id: number; role: Role };

class Accounts {
  private readonly byKey = new Map<string, Account>();
  created = 0;

  constructor(
    private readonly tx: Tx,
    private readonly input: AfterNoticeInput,
    private readonly regionNames: Map<string, string>,
  ) {}

  async load(): Promise<void> {
    const rows = await this.tx
      .select({ id: officials.id, role: officials.role, regionCode: officials.regionCode })
      .from(officials)
      .where(eq(officials.active, true))
      .orderBy(officials.id);
    for (const r of rows) if (!this.byKey.has(`${r.role}@${r.regionCode}`)) this.byKey.set(`${r.role}@${r.regionCode}`, r);
  }

  /**
   * The account that acts as `role` for `code` (a household's village, or for county roles the county
   * itself), created when missing.
   */
  async forRole(role: Step, code: string): Promise<Account> {
    const regionCode = regionOfRole(role, code);
    const key = `${role}@${regionCode}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const regionName = this.regionNames.get(regionCode);
    if (!regionName) throw new Error(`after-notice: unknown region ${regionCode}`);
    const username = `${USERNAME_PREFIX[role]}-${regionCode}`;
    const [row] = await this.tx
      .insert(officials)
      .values({
        username,
        displayName: displayNameOf(role, regionName),
        role,
        regionCode,
        passwordHash: this.input.passwordHash,
        totpSecret: demoTotpSecret(role),
        createdAt: this.input.accountsAt,
      })
      .returning({ id: officials.id });
    if (!row) throw new Error('official insert returned nothing');
    const account = { id: row.id, role };
    this.byKey.set(key, account);
    this.created++;
    this.input.audit.push({
      at: this.input.accountsAt,
      officialId: null,
      role: null,
      action: 'official.create',
      entityType: 'official',
      entityId: String(row.id),
      summary: { username, role, regionCode },
    });
    return account;
  }
}

// ---------------------------------------------------------------------------------------------

interface Passed {
  id: number;
  year: number;
  villageCode: string;
  incomePerCapita: number;
  disabledMembers: number;
  closedOn: string; // China date the notice closed
}

interface Filed extends Passed {
  filedOn: string;
  filedAt: Date;
}

/** Households a closed notice passed, the earliest closed first. */
async function passedHouseholds(tx: Tx): Promise<Passed[]> {
  const rows = await tx
    .select({
      id: households.id,
      year: households.year,
      villageCode: households.villageCode,
      incomePerCapita: households.incomePerCapita,
      disabledMembers: households.disabledMembers,
      closedAt: notices.closedAt,
    })
    .from(households)
    .innerJoin(noticeEntries, and(eq(noticeEntries.householdId, households.id), eq(noticeEntries.outcome, 'passed')))
    .innerJoin(notices, and(eq(notices.id, noticeEntries.noticeId), eq(notices.status, 'closed')))
    .where(eq(households.status, 'passed'))
    .orderBy(asc(notices.closedAt), asc(households.id));
  return rows.map(({ closedAt, ...h }) => ({ ...h, closedOn: chinaDateString(closedAt!) }));
}

/** How many of a county's passed households are filed: about 78%, never outside 70–85%. */
function filedShare(rng: Rng, passed: number): number {
  const wanted = Math.round(passed * (0.72 + 0.12 * rng()));
  return Math.min(Math.max(wanted, Math.ceil(passed * 0.7)), Math.floor(passed * 0.85));
}

export async function seedAfterNotice(tx: Tx, input: AfterNoticeInput): Promise<AfterNoticeSummary> {
  const rng = mulberry32(SEED);
  const { now, audit } = input;
  const last = addDays(chinaDateString(now), -1); // yesterday, China: every date here is on or before it
  const regionNames = new Map((await tx.select({ code: regions.code, name: regions.name }).from(regions)).map((r) => [r.code, r.name]));
  const accounts = new Accounts(tx, input, regionNames);
  await accounts.load();

  const byCounty: AfterNoticeSummary['byCounty'] = Object.fromEntries(
    COUNTIES.map((c) => [c.code, { name: c.name, passed: 0, filed: 0, paired: 0, outOfPoverty: 0 }]),
  );
  const approvalRows: ApprovalRow[] = [];
  const filed: Filed[] = [];
  let inProgress = 0;
  let returned = 0;

  // A time on `day` for the next thing done about a household: on the day of the thing before it,
  // a few minutes after it, so the audit trail reads in the order things happened.
  const clock = new Map<number, Date>();
  const stamp = (householdId: number, day: string, hours: [number, number] = [9, 17]): Date => {
    let at = chinaAt(day, int(rng, ...hours), int(rng, 0, 59));
    const previous = clock.get(householdId);
    if (previous && chinaDateString(previous) === day && at <= previous) at = new Date(previous.getTime() + int(rng, 5, 20) * MINUTE);
    clock.set(householdId, at);
    return at;
  };

  const decide = async (h: Passed, round: number, step: Step, decision: 'agree' | 'return', opinion: string, on: string) => {
    const account = await accounts.forRole(step, h.villageCode);
    const at = stamp(h.id, on);
    approvalRows.push({ householdId: h.id, round, step, decision, opinion, decidedOn: on, officialId: account.id, createdAt: at });
    audit.push({
      at,
      officialId: account.id,
      role: account.role,
      action: 'approval.decide',
      entityType: 'household',
      entityId: String(h.id),
      summary: { round, step, decision, decidedOn: on, ...(step === 'county_org' && decision === 'agree' ? { filed: true } : {}) },
    });
    return at;
  };

  // 1. Approval and filing, county by county; the earliest-closed households are the furthest along.
  const passed = (await passedHouseholds(tx)).filter((h) => h.closedOn <= last);
  for (const county of COUNTIES) {
    const mine = passed.filter((h) => h.villageCode.startsWith(county.code));
    byCounty[county.code]!.passed = mine.length;
    const toFile = filedShare(rng, mine.length);
    for (const [i, h] of mine.entries()) {
      if (i < toFile) {
        // 洮南市's first filed household (the city's earliest notice) went back once: the township DPF
        // found a discrepancy, and the village started a second round.
        const goesBack = returned === 0 && county.code === RETURNED_IN;
        const steps: [number, Step, 'agree' | 'return', string][] = goesBack
          ? [
              [1, 'village', 'agree', pick(rng, OPINIONS.village)],
              [1, 'township_party', 'agree', pick(rng, OPINIONS.township_party)],
              [1, 'township_dpf', 'return', RETURN_OPINION],
              [2, 'village', 'agree', RESUBMIT_OPINION],
              ...approvalSteps.slice(1).map((s): [number, Step, 'agree', string] => [2, s, 'agree', pick(rng, OPINIONS[s])]),
            ]
          : approvalSteps.map((s): [number, Step, 'agree', string] => [1, s, 'agree', pick(rng, OPINIONS[s])]);
        if (goesBack) returned++;
        const days = spread(rng, h.closedOn, last, steps.length, [0, 2], [1, 3]);
        let filedAt: Date | null = null;
        for (const [k, [round, step, decision, opinion]] of steps.entries()) {
          filedAt = await decide(h, round, step, decision, opinion, days[k]!);
        }
        filed.push({ ...h, filedOn: days[days.length - 1]!, filedAt: filedAt! });
      } else {
        // Still on its way: 0–4 steps agreed, cycling through the city so every stage shows up.
        const done = inProgress % 5;
        const days = spread(rng, h.closedOn, last, Math.max(done, 1), [0, 2], [1, 4]);
        for (let k = 0; k < done; k++) await decide(h, 1, approvalSteps[k]!, 'agree', pick(rng, OPINIONS[approvalSteps[k]!]), days[k]!);
        inProgress++;
      }
    }
  }
  if (approvalRows.length > 0) await tx.insert(approvals).values(approvalRows);
  for (const h of filed) {
    await tx.update(households).set({ filedAt: h.filedAt, updatedAt: h.filedAt }).where(eq(households.id, h.id));
    byCounty[h.villageCode.slice(0, 6)]!.filed++;
  }

  // 2. Help measures for the filed households. In some counties the most recently filed household is
  // still waiting for its cadre.
  const helped: (Filed & { pairedOn: string; cadre: string })[] = [];
  const pairingRows: (typeof pairings.$inferInsert)[] = [];
  const helperRows: (typeof helpers.$inferInsert)[] = [];
  const projectRows: (typeof incomeProjects.$inferInsert)[] = [];
  const guaranteeRows: (typeof guarantees.$inferInsert)[] = [];
  const supportRows: (typeof supports.$inferInsert)[] = [];
  const visitRows: (typeof visits.$inferInsert)[] = [];
  const recordAudit = (h: Filed, account: Account, on: string | Date, action: string, summary: Record<string, unknown>) =>
    audit.push({
      at: typeof on === 'string' ? stamp(h.id, on) : on,
      officialId: account.id,
      role: account.role,
      action,
      entityType: 'household',
      entityId: String(h.id),
      summary,
    });

  for (const county of COUNTIES) {
    const mine = filed.filter((h) => h.villageCode.startsWith(county.code)).sort((a, b) => a.filedOn.localeCompare(b.filedOn) || a.id - b.id);
    const waiting = chance(rng, 0.6) ? mine[mine.length - 1] : undefined;
    let loans = 0;
    let funding = 0;
    for (const [i, h] of mine.entries()) {
      if (h === waiting) continue;
      const village = await accounts.forRole('village', h.villageCode);
      const pairedOn = minDate(addDays(h.filedOn, int(rng, 0, 3)), last);
      const cadre = personName(rng, chance(rng, 0.7) ? 'M' : 'F', '汉族');
      const pairedAt = stamp(h.id, pairedOn);
      pairingRows.push({
        householdId: h.id,
        cadreName: cadre,
        cadrePost: pick(rng, CADRE_POSTS),
        agreementDate: pairedOn,
        createdBy: village.id,
        createdAt: pairedAt,
      });
      recordAudit(h, village, pairedAt, 'pairing.set', { agreementDate: pairedOn });
      helped.push({ ...h, pairedOn, cadre });
      byCounty[county.code]!.paired++;

      for (const kind of shuffle(rng, helperKinds).slice(0, int(rng, 1, 2))) {
        helperRows.push({ householdId: h.id, name: personName(rng, chance(rng, 0.8) ? 'M' : 'F', '汉族'), kind });
      }
      recordAudit(h, village, pairedOn, 'help.record', { kind: 'helpers' });

      const projects = shuffle(rng, PROJECTS).slice(0, int(rng, 1, 2));
      for (const description of projects) {
        const startedOn = minDate(addDays(pairedOn, int(rng, 1, 10)), last);
        const technology = chance(rng, 0.6);
        projectRows.push({
          householdId: h.id,
          description,
          startedOn,
          supportTechnology: technology,
          supportInformation: chance(rng, 0.4),
          supportFunds: !technology || chance(rng, 0.5),
        });
        recordAudit(h, village, startedOn, 'help.record', { kind: 'income_project', startedOn });
      }

      if (chance(rng, 0.6)) {
        // Two or more drawn: every guarantee is in place (稳定脱贫 needs all four), with the same draws.
        const drawn = guaranteeKinds.filter(() => chance(rng, 0.5));
        for (const kind of drawn.length >= 2 ? guaranteeKinds : drawn) {
          const securedOn = minDate(addDays(h.filedOn, int(rng, 0, 15)), last);
          guaranteeRows.push({ householdId: h.id, kind, securedOn });
          recordAudit(h, village, securedOn, 'help.record', { kind: 'guarantee', guarantee: kind });
        }
      }

      // Every county shows some money: its first helped household gets a loan and DPF funding if
      // chance gave the county none by then.
      const grant = (kind: 'village_job' | 'micro_loan' | 'dpf_funding', description: string, amountYuan: number | null, source: string | null) => {
        const grantedOn = minDate(addDays(pairedOn, int(rng, 2, 20)), last);
        supportRows.push({ householdId: h.id, kind, description, amountYuan, source, grantedOn });
        recordAudit(h, village, grantedOn, 'help.record', { kind: 'support', support: kind });
      };
      const lastChance = i === mine.length - 1 || (i === mine.length - 2 && waiting !== undefined);
      if (chance(rng, 0.3)) grant('village_job', pick(rng, JOBS), null, null);
      if (chance(rng, 0.4) || (lastChance && loans === 0)) {
        loans++;
        grant('micro_loan', `党员干部担保小额贷款，用于${pick(rng, LOAN_USES)}`, 1000 * int(rng, 5, 20), pick(rng, ['农村信用社', '农村信用社', '邮储银行']));
      }
      if (chance(rng, 0.5) || (lastChance && funding === 0)) {
        funding++;
        grant('dpf_funding', `残联帮扶资金，${pick(rng, FUNDING_USES)}`, 500 * int(rng, 4, 16), pick(rng, ['县残联', '县残联', '市残联']));
      }
    }
  }

  // 3. Return visits (定期回访): most helped households were visited, some not yet.
  let neverVisited = 0;
  for (const [i, h] of helped.entries()) {
    // One in four, and at least the first two, are not visited: the dashboard's list needs some.
    if (i < 2 || chance(rng, 0.25)) {
      neverVisited++;
      continue;
    }
    const first = addDays(h.pairedOn, 7);
    if (first > last) {
      neverVisited++;
      continue;
    }
    const village = await accounts.forRole('village', h.villageCode);
    for (const visitedOn of spread(rng, first, last, int(rng, 1, 3), [0, 5], [10, 25])) {
      const visitedAt = stamp(h.id, visitedOn, [14, 17]);
      visitRows.push({
        householdId: h.id,
        visitedOn,
        visitor: h.cadre,
        findings: pick(rng, FINDINGS),
        suggestions: pick(rng, SUGGESTIONS),
        createdBy: village.id,
        createdAt: visitedAt,
      });
      recordAudit(h, village, visitedAt, 'visit.record', { visitedOn });
    }
  }

  // 4. Income follow-up for the programme year: about a third reach the threshold; the county
  // confirms those (but one still waits) and about half of the others.
  const incomeRows: (typeof incomeRecords.$inferInsert)[] = [];
  let unconfirmedAbove = 0;
  for (const county of COUNTIES) {
    const mine = helped.filter((h) => h.villageCode.startsWith(county.code) && chance(rng, 0.85));
    const above = new Set(shuffle(rng, mine).slice(0, Math.max(1, Math.round(mine.length / 3))));
    for (const h of mine) {
      const village = await accounts.forRole('village', h.villageCode);
      const countyDpf = await accounts.forRole('county_dpf', h.villageCode);
      const isAbove = above.has(h);
      const income = isAbove
        ? 10 * int(rng, input.incomeThreshold / 10, (input.incomeThreshold + 900) / 10)
        : Math.min(input.incomeThreshold - 10, h.incomePerCapita + 10 * int(rng, 10, 60));
      const recordedOn = minDate(addDays(h.pairedOn, int(rng, 5, 30)), last);
      const recordedAt = stamp(h.id, recordedOn, [9, 12]);
      const confirm = isAbove ? !(unconfirmedAbove === 0 && county.code === COUNTIES[0]!.code) : chance(rng, 0.5);
      if (isAbove && !confirm) unconfirmedAbove++;
      const confirmedOn = minDate(addDays(recordedOn, int(rng, 1, 4)), last);
      const confirmedAt = confirm ? stamp(h.id, confirmedOn, [14, 17]) : null;
      incomeRows.push({
        householdId: h.id,
        year: h.year,
        incomePerCapita: income,
        recordedBy: village.id,
        confirmedBy: confirm ? countyDpf.id : null,
        confirmedAt,
        createdAt: recordedAt,
      });
      audit.push({ at: recordedAt, officialId: village.id, role: village.role, action: 'income.record', entityType: 'household', entityId: String(h.id), summary: { year: h.year } });
      if (confirmedAt) {
        audit.push({
          at: confirmedAt,
          officialId: countyDpf.id,
          role: countyDpf.role,
          action: 'income.confirm',
          entityType: 'household',
          entityId: String(h.id),
          summary: { year: h.year, reachedThreshold: income >= input.incomeThreshold },
        });
        if (income >= input.incomeThreshold) byCounty[county.code]!.outOfPoverty++;
      }
    }
  }

  for (const [table, rows] of [
    [pairings, pairingRows],
    [helpers, helperRows],
    [incomeProjects, projectRows],
    [guarantees, guaranteeRows],
    [supports, supportRows],
    [visits, visitRows],
    [incomeRecords, incomeRows],
  ] as const) {
    // Each pair matches its table; TypeScript cannot follow the pairing through the loop.
    if (rows.length > 0) await tx.insert(table).values(rows as never);
  }

  const summaries = await seedAnnualSummaries(tx, rng, input, accounts, last, filed, supportRows, incomeRows);

  const confirmed = incomeRows.filter((r) => r.confirmedAt);
  return {
    accountsCreated: accounts.created,
    approvals: approvalRows.length,
    returned,
    filed: filed.length,
    inProgress,
    byCounty,
    pairings: pairingRows.length,
    helpers: helperRows.length,
    incomeProjects: projectRows.length,
    guarantees: guaranteeRows.length,
    supports: supportRows.length,
    visits: visitRows.length,
    neverVisited,
    incomeRecords: incomeRows.length,
    confirmedIncomeRecords: confirmed.length,
    outOfPoverty: confirmed.filter((r) => r.incomePerCapita >= input.incomeThreshold).length,
    annualSummaries: summaries,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Annual summaries (总结验收), due 5 November. 2025, the launch year, was spent on the survey: every
// county reported (镇赉县 a week late) with no household helped yet. For 2026, three counties have
// submitted, 镇赉县 has a draft and 大安市 nothing at all: once 5 November has passed, the city sees
// both as late.

const LATE_2025 = '220821'; // 镇赉县
const DRAFT_2026 = '220821'; // 镇赉县
const MISSING_2026 = '220882'; // 大安市

async function seedAnnualSummaries(
  tx: Tx,
  rng: Rng,
  input: AfterNoticeInput,
  accounts: Accounts,
  last: string,
  filed: Filed[],
  supportRows: (typeof supports.$inferInsert)[],
  incomeRows: (typeof incomeRecords.$inferInsert)[],
): Promise<AfterNoticeSummary['annualSummaries']> {
  const out: AfterNoticeSummary['annualSummaries'] = [];
  const incomeBefore = new Map(filed.map((h) => [h.id, h.incomePerCapita]));
  // 2023 and 2024 came before the portal (set up in autumn 2025): those reports went to the city on
  // paper, on time, and each county entered its paper report when its account was made.
  for (const year of [2023, 2024, 2025, 2026]) {
    const due = `${year}-11-05`;
    const onPaper = addDays(chinaDateString(input.accountsAt), 1) > due;
    for (const county of COUNTIES) {
      if (year === 2026 && county.code === MISSING_2026) continue;
      const isDraft = year === 2026 && county.code === DRAFT_2026;
      const planned = year === 2025 && county.code === LATE_2025 ? addDays(due, 7) : addDays(due, -int(rng, 1, 8));
      // A summary "submitted" after yesterday would be in the future: it is still a draft then.
      const submittedOn = isDraft || planned > last ? null : planned;
      const asOf = submittedOn ?? last;
      if (daysBetween(`${year}-01-01`, asOf) < 0) continue; // the year had not begun
      const inCounty = (householdId: number) => filed.find((h) => h.id === householdId)?.villageCode.startsWith(county.code) === true;
      const helpedIds = filed.filter((h) => h.villageCode.startsWith(county.code) && h.year === year && h.filedOn <= asOf).map((h) => h.id);
      // The same definitions as computeSummaryFigures (lib/data/officials/summaries.ts), as of that day:
      // loans and funding granted in the county that year; confirmed incomes minus income at registration.
      const granted = (kind: 'micro_loan' | 'dpf_funding') =>
        supportRows
          .filter((s) => s.kind === kind && inCounty(s.householdId) && s.grantedOn.startsWith(String(year)) && s.grantedOn <= asOf)
          .reduce((sum, s) => sum + (s.amountYuan ?? 0), 0);
      const grantsYuan = granted('dpf_funding');
      const loansYuan = granted('micro_loan');
      const fundsInvestedYuan = grantsYuan + loansYuan;
      const increases = incomeRows
        .filter((r) => helpedIds.includes(r.householdId) && r.year === year && r.confirmedAt && chinaDateString(r.confirmedAt) <= asOf)
        .map((r) => r.incomePerCapita - (incomeBefore.get(r.householdId) ?? r.incomePerCapita));
      const incomeIncreaseYuan = increases.reduce((sum, d) => sum + d, 0);
      const disabledHelped = filed.filter((h) => helpedIds.includes(h.id)).reduce((sum, h) => sum + h.disabledMembers, 0);
      const text =
        year < 2025
          ? `${year}年${county.name}按照工程实施方案开展残疾人家庭情况调查摸底，建立残疾人扶贫对象数据库，组织实用技术培训和结对帮扶的前期准备。本年度总结以纸质形式按时报送市委组织部和市残联，门户网站开通后补录。`
          : year === 2025
          ? `${year}年是门户网站启用年。${county.name}完成了组织部署、调查摸底和帮扶对象登记，建立了工作台账。帮扶对象的公示、审批建档和结对帮扶在${year + 1}年进行。`
          : `${year}年${county.name}审批建档帮扶对象${helpedIds.length}户，落实党员干部结对帮扶，发放残联资助（无偿）${grantsYuan}元、小额贷款${loansYuan}元。下一步继续开展定期回访，核实帮扶对象年人均纯收入。`;
      const updatedAt = chinaAt(asOf, int(rng, 9, 16), int(rng, 0, 59));
      // A paper report is entered the day after the accounts were made; it keeps its paper date.
      const written = onPaper ? chinaAt(addDays(chinaDateString(input.accountsAt), 1), 10, int(rng, 0, 59)) : new Date(updatedAt.getTime() - 2 * HOUR);
      // With a `now` far from the deadlines, a summary could predate the accounts: none is written then.
      if (written < input.accountsAt) continue;
      const writer = await accounts.forRole('county_dpf', county.code);
      const [row] = await tx
        .insert(annualSummaries)
        .values({
          programmeId: input.programmeId,
          countyCode: county.code,
          year,
          status: submittedOn ? 'submitted' : 'draft',
          householdsHelped: helpedIds.length,
          disabledHelped,
          incomeCompared: increases.length,
          incomeMissing: helpedIds.length - increases.length,
          incomeMeanIncreaseYuan: increases.length === 0 ? null : Math.round(incomeIncreaseYuan / increases.length),
          incomeIncreaseYuan,
          grantsYuan,
          loansYuan,
          fundsInvestedYuan,
          notes: onPaper ? `纸质总结于${submittedOn ?? due}报送，${chinaDateString(written)}补录。` : submittedOn ? '' : '数字尚在核对，待补充回访情况。',
          summary: text,
          submittedAt: submittedOn ? updatedAt : null,
          submittedBy: submittedOn ? writer.id : null,
          updatedAt,
        })
        .returning({ id: annualSummaries.id });
      if (!row) throw new Error('annual summary insert returned nothing');
      const entity = { entityType: 'annual_summary', entityId: String(row.id) };
      input.audit.push({ at: written, officialId: writer.id, role: writer.role, action: 'summary.save', ...entity, summary: { countyCode: county.code, year } });
      if (submittedOn) {
        const at = onPaper ? new Date(written.getTime() + 10 * 60_000) : updatedAt;
        input.audit.push({ at, officialId: writer.id, role: writer.role, action: 'summary.submit', ...entity, summary: { countyCode: county.code, year, submittedOn, ...(onPaper ? { onPaper: true } : {}) } });
      }
      out.push({ year, countyCode: county.code, status: submittedOn ? 'submitted' : 'draft', submittedOn });
    }
  }
  return out;
}
