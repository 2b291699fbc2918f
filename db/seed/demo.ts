// Demo data: the programme, its allocation plan, ~200 fictional households and 2026 notices in every
// state, with objections and an audit trail. Everything is drawn from a fixed-seed PRNG, so two runs
// give the same people and lists; only the dates follow `now` (notices are "published N days ago").
//
// The integrity triggers (db/migrations/0001) allow only the real lifecycle, so the seed walks it:
// draft → entries → published → objections → outcomes → closed (or withdrawn / superseded).
import { eq, inArray, sql } from 'drizzle-orm';
import { hashPassword } from '../../lib/auth/password-hash';
import { demoTotpSecret } from '../../lib/auth/two-factor-policy';
import { isEligible } from '../../lib/domain/eligibility';
import { parseCertificate } from '../../lib/domain/identity';
import { maskName } from '../../lib/domain/masking';
import { noticeState } from '../../lib/domain/notice';
import { addDays, ageOn, chinaDateString, noticePeriod, startOfChinaDay } from '../../lib/domain/time';
import type { Db, Tx } from '../client';
import {
  allocations,
  auditLog,
  householdPrivate,
  households,
  noticeEntries,
  notices,
  objectionPrivate,
  objections,
  officials,
  programmes,
  regions,
} from '../schema';
import {
  certificateFor,
  employmentIntention,
  ethnicityFor,
  mobilePhone,
  officePhone,
  personName,
  VILLAGE_GROUPS,
  type Ethnicity,
  type Sex,
} from './people';
import { appendAuditRow } from '../../lib/audit/record';
import { seedAfterNotice, type AfterNoticeSummary } from './after-notice';
import { seedDuties } from './duties';
import { seedScreening } from './screening';
import { seedParticipation } from './participation';
import { seedOnlineObjections } from './online-objections';
import { alignEnrolmentWithGuarantees, seedMembers } from './members';
import { chance, int, mulberry32, pick, shuffle, weighted, type Rng } from './random';
import { loadRegions, readRegionFile } from '../regions/load';
import { allVillages, CITY, COUNTIES, findVillage, type VillagePlace } from './regions';

export const DEMO_PASSWORD = 'gongshi-demo-2026';
export const DEMO_YEAR = 2026;
const SEED = 0x20260550;
const TOTAL_HOUSEHOLDS = 200;
const HOUSEHOLDS_2025 = 6;
// The demo accounts' villages: 220802100201 and 220802100202, two village committees of 平安镇.
const VILLAGE_A = '平安村委会';
const VILLAGE_B = '永平村委会';

const PROGRAMME = {
  name: '白城市农村基层党组织助残扶贫工程',
  cityCode: CITY.code,
  startYear: 2023,
  endYear: 2027,
  targetHouseholds: 550,
  incomeThreshold: 2800,
  noticeDays: 7,
  minNoticeDays: 7,
} as const;

/** 年度任务分配计划 (annex 2), households per county per year. */
const ANNUAL_ALLOCATION: Record<string, number> = {
  '220802': 24, // 洮北区
  '220821': 20, // 镇赉县
  '220822': 20, // 通榆县
  '220881': 24, // 洮南市
  '220882': 22, // 大安市
};

type HouseholdStatus = (typeof households.$inferSelect)['status'];
type NoticeStatus = (typeof notices.$inferSelect)['status'];
type ObjectionStatus = (typeof objections.$inferSelect)['status'];
type Channel = (typeof objections.$inferSelect)['channel'];
type Role = (typeof officials.$inferSelect)['role'];
type DemoUser = 'village-a' | 'village-b';

export interface DemoSummary {
  regions: number;
  programmes: number;
  allocations: number;
  households: number;
  householdsByStatus: Record<HouseholdStatus, number>;
  notices: number;
  noticesByStatus: Record<NoticeStatus, number>;
  /** Published notices split by `now`: open (period running) vs period ended. */
  publishedOpen: number;
  publishedPeriodEnded: number;
  objections: number;
  objectionsByStatus: Record<ObjectionStatus, number>;
  officials: number;
  auditEntries: number;
  /** Passed households per county code (closed notices), next to the annual allocation. */
  passedByCounty: Record<string, { name: string; passed: number; allocation: number }>;
  villageA: {
    username: 'village-a';
    villageCode: string;
    villageName: string;
    openNoticeId: number;
    periodEndedNoticeId: number;
    closedNoticeId: number;
    registeredHouseholdIds: number[];
  };
  villageB: { username: 'village-b'; villageCode: string; villageName: string; openNoticeId: number };
  /** Approval, filing, help measures, visits, income and annual summaries (db/seed/after-notice.ts). */
  afterNotice: AfterNoticeSummary;
}

// ---------------------------------------------------------------------------------------------
// Time: all plan times are "N days ago at hh:mm China time", so they are in the past for any `now`.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function chinaDaysAgo(now: Date, days: number): string {
  return addDays(chinaDateString(now), -days);
}

function chinaAt(date: string, hour: number, minute = 0): Date {
  return new Date(startOfChinaDay(date).getTime() + hour * HOUR + minute * MINUTE);
}

// ---------------------------------------------------------------------------------------------
// Objection texts. The summary is for officials; the reason is public and names no one.

interface ObjectionText {
  summary: string;
  reason?: string;
}

const TEXT = {
  upheldCattle: {
    summary: '村民当面反映：该户家中饲养肉牛十余头，实际收入明显高于登记数额。',
    reason: '经入户核实，该户饲养肉牛12头，折算家庭年人均纯收入超过2800元，不符合帮扶条件，不予通过。',
  },
  upheldShop: {
    summary: '村民反映：该户在镇上经营小卖店多年，收入较高。',
    reason: '经入户核实并查阅经营记录，该户家庭年人均纯收入超过2800元，不符合帮扶条件，取消其拟定资格。',
  },
  upheldMoved: {
    summary: '来信反映：该户已于今年全家迁往县城居住，不再在本村生活。',
    reason: '经核实，该户户籍已迁出本村，不属于本村农村家庭，取消其拟定资格。',
  },
  upheldWorker: {
    summary: '村民反映：该户两名家庭成员常年在外务工，家庭收入不低。',
    reason: '经核实，该户家庭成员常年外出务工，家庭年人均纯收入高于2800元，取消其拟定资格。',
  },
  upheldWholeSize: {
    summary: '村民反映：公示名单中有一户家庭人口数与实际不符，要求核实更正后重新公示。',
    reason: '经入户核实，名单中一户家庭人口数登记有误，已更正登记信息，发布更正公示并重新计算公示期。',
  },
  dismissedCar: {
    summary: '来电反映：该户家中有一辆面包车，怀疑登记收入不实。',
    reason: '经入户核实，该车辆为亲属所有、临时借用，该户登记收入属实，符合帮扶条件。',
  },
  dismissedGrade: {
    summary: '来信反映：该户残疾人平时能下地干活，质疑其残疾等级。',
    reason: '经查验残疾人证并向县残联核实，残疾类别和等级登记无误；有劳动能力正是帮扶条件之一，符合帮扶条件。',
  },
  dismissedChildren: {
    summary: '村民反映：该户子女在城里工作，应由子女赡养，不应列入名单。',
    reason: '经核实，该户子女已分户单独生活，该户家庭年人均纯收入低于2800元，符合帮扶条件。',
  },
  dismissedPosting: {
    summary: '村民反映：本次公示张贴位置不显眼，部分村民不知情。',
    reason: '经核实，公示已在村委会公示栏和各村民小组张贴，并在村微信群同步发布，公示程序符合要求。',
  },
  dismissedIncome: {
    summary: '村民反映：该户去年卖粮收入较多，登记收入可能偏低。',
    reason: '经核对该户种植面积和售粮记录，扣除生产成本后家庭年人均纯收入低于2800元，符合帮扶条件。',
  },
  receivedHouse: { summary: '村民当面反映：该户今年新翻盖了砖房，询问收入是否如实登记。' },
  receivedWorker: { summary: '村民反映：该户儿子在外地打工，询问其收入是否计入家庭收入。' },
  investigatingAbsent: { summary: '来信反映：名单中该户长期不在本村居住，要求核实。' },
  investigatingProcedure: { summary: '来电反映：本次名单评定前未召开村民代表会议评议，要求说明评定程序。' },
} satisfies Record<string, ObjectionText>;

// ---------------------------------------------------------------------------------------------
// The plan of notices. daysAgo = publication day (China) counted back from today; for a draft,
// the day it was drafted. Entry numbers in objections are positions on the notice (1-based).

type NoticeKind = 'closed' | 'open' | 'ended' | 'withdrawn' | 'superseded' | 'draft';

interface ObjectionSpec {
  entry: number | null; // null: about the whole notice
  channel: Channel;
  status: ObjectionStatus;
  day: number; // received on publication day + day
  resolveAfter?: number; // resolved on receipt day + this (default 1)
  text: ObjectionText;
  anonymous?: boolean;
}

/** A household whose registered data was wrong, corrected after a withdrawal or an upheld objection. */
interface Correction {
  position: number;
  wrong: { householdSize: number; incomePerCapita: number; disabledMembers: number };
  right: { householdSize: number; incomePerCapita: number };
}

interface NoticeSpec {
  key: string;
  village: VillagePlace;
  kind: NoticeKind;
  daysAgo: number;
  entries: number;
  objections?: ObjectionSpec[];
  closeDelay?: number; // closed this many days after the last day of the period
  official?: DemoUser;
  compoundFirst?: boolean; // first listed person has a compound surname (欧阳… style)
  supersedes?: string; // correction notice: lists the same households as that notice and replaces it
  correction?: Correction;
}

function noticePlan(): NoticeSpec[] {
  const A = findVillage('洮北区', '平安镇', VILLAGE_A);
  const B = findVillage('洮北区', '平安镇', VILLAGE_B);
  const v = findVillage;
  return [
    // 洮北区: village-a has a closed, a period-ended (ready to close) and an open notice; village-b an open one.
    { key: 'a-closed', village: A, kind: 'closed', daysAgo: 45, entries: 4, closeDelay: 1, official: 'village-a',
      objections: [{ entry: 2, channel: 'phone', status: 'dismissed', day: 2, text: TEXT.dismissedCar }] },
    { key: 'a-ended', village: A, kind: 'ended', daysAgo: 10, entries: 4, official: 'village-a',
      objections: [
        { entry: 3, channel: 'in_person', status: 'upheld', day: 1, text: TEXT.upheldCattle },
        { entry: 1, channel: 'letter', status: 'dismissed', day: 4, text: TEXT.dismissedGrade, anonymous: true },
      ] },
    { key: 'a-open', village: A, kind: 'open', daysAgo: 2, entries: 3, official: 'village-a', compoundFirst: true,
      objections: [{ entry: 2, channel: 'in_person', status: 'received', day: 1, text: TEXT.receivedHouse }] },
    { key: 'b-open', village: B, kind: 'open', daysAgo: 1, entries: 4, official: 'village-b',
      objections: [{ entry: null, channel: 'phone', status: 'investigating', day: 0, text: TEXT.investigatingProcedure }] },
    { key: 'qs-closed', village: v('洮北区', '青山镇', '永胜村委会'), kind: 'closed', daysAgo: 52, entries: 5, closeDelay: 2 },
    { key: 'lh-closed', village: v('洮北区', '林海镇', '敖宝村委会'), kind: 'closed', daysAgo: 33, entries: 6, closeDelay: 3,
      objections: [
        { entry: 4, channel: 'in_person', status: 'upheld', day: 1, resolveAfter: 2, text: TEXT.upheldShop },
        { entry: null, channel: 'other', status: 'dismissed', day: 3, text: TEXT.dismissedPosting },
      ] },
    { key: 'draft', village: v('洮北区', '平安镇', '红光村委会'), kind: 'draft', daysAgo: 1, entries: 3 },

    // 镇赉县
    { key: 'zl-closed', village: v('镇赉县', '镇赉镇', '街北村委会'), kind: 'closed', daysAgo: 48, entries: 5, closeDelay: 1,
      objections: [{ entry: 1, channel: 'phone', status: 'dismissed', day: 2, text: TEXT.dismissedChildren }] },
    { key: 'jp-closed', village: v('镇赉县', '建平乡', '金山堡村委会'), kind: 'closed', daysAgo: 27, entries: 6, closeDelay: 2,
      objections: [{ entry: 5, channel: 'letter', status: 'upheld', day: 3, resolveAfter: 2, text: TEXT.upheldMoved }] },
    { key: 'tt-ended', village: v('镇赉县', '坦途镇', '西明嘎村委会'), kind: 'ended', daysAgo: 11, entries: 5,
      objections: [
        { entry: 4, channel: 'phone', status: 'dismissed', day: 1, text: TEXT.dismissedCar },
        { entry: 2, channel: 'letter', status: 'investigating', day: 5, text: TEXT.investigatingAbsent },
      ] },
    { key: 'ss-open', village: v('镇赉县', '镇赉镇', '西乃力村委会'), kind: 'open', daysAgo: 1, entries: 4 },

    // 通榆县
    { key: 'kt-closed', village: v('通榆县', '开通镇', '东郊村委会'), kind: 'closed', daysAgo: 56, entries: 4, closeDelay: 1 },
    { key: 'zy-closed', village: v('通榆县', '瞻榆镇', '西关村委会'), kind: 'closed', daysAgo: 38, entries: 4, closeDelay: 2 },
    { key: 'xh-closed', village: v('通榆县', '向海蒙古族乡', '向海村委会'), kind: 'closed', daysAgo: 24, entries: 3, closeDelay: 1,
      objections: [{ entry: 3, channel: 'letter', status: 'dismissed', day: 2, text: TEXT.dismissedGrade }] },
    { key: 'xf-open', village: v('通榆县', '新发乡', '新发村委会'), kind: 'open', daysAgo: 3, entries: 4,
      objections: [
        { entry: 1, channel: 'phone', status: 'dismissed', day: 0, text: TEXT.dismissedIncome },
        { entry: 3, channel: 'in_person', status: 'received', day: 2, text: TEXT.receivedWorker },
      ] },

    // 洮南市: a notice superseded by a correction notice after an upheld objection about the whole list.
    { key: 'wf-closed', village: v('洮南市', '瓦房镇', '长山村委会'), kind: 'closed', daysAgo: 59, entries: 5, closeDelay: 2 },
    { key: 'dx-closed', village: v('洮南市', '万宝镇', '新丰村委会'), kind: 'closed', daysAgo: 41, entries: 5, closeDelay: 1,
      objections: [{ entry: 2, channel: 'in_person', status: 'upheld', day: 2, text: TEXT.upheldWorker }] },
    { key: 'ks-closed', village: v('洮南市', '聚宝乡', '长兴村委会'), kind: 'closed', daysAgo: 30, entries: 5, closeDelay: 3 },
    { key: 'hg-superseded', village: v('洮南市', '万宝镇', '德发村委会'), kind: 'superseded', daysAgo: 34, entries: 4,
      objections: [{ entry: null, channel: 'in_person', status: 'upheld', day: 1, resolveAfter: 0, text: TEXT.upheldWholeSize }],
      correction: { position: 2, wrong: { householdSize: 3, incomePerCapita: 2100, disabledMembers: 1 },
        right: { householdSize: 4, incomePerCapita: 1575 } } },
    { key: 'hg-correction', village: v('洮南市', '万宝镇', '德发村委会'), kind: 'closed', daysAgo: 31, entries: 4, closeDelay: 2,
      supersedes: 'hg-superseded' },
    { key: 'wy-open', village: v('洮南市', '聚宝乡', '丁家村委会'), kind: 'open', daysAgo: 4, entries: 5 },

    // 大安市: a notice withdrawn for a data error; its households are back to registered.
    { key: 'xhuang-closed', village: v('大安市', '月亮泡镇', '焕新村委会'), kind: 'closed', daysAgo: 50, entries: 5, closeDelay: 2 },
    { key: 'gm-closed', village: v('大安市', '安广镇', '新荒村委会'), kind: 'closed', daysAgo: 36, entries: 4, closeDelay: 1,
      objections: [{ entry: 1, channel: 'phone', status: 'dismissed', day: 3, text: TEXT.dismissedChildren }] },
    { key: 'bs-closed', village: v('大安市', '四棵树乡', '南山湾村委会'), kind: 'closed', daysAgo: 22, entries: 4, closeDelay: 2 },
    { key: 'df-withdrawn', village: v('大安市', '安广镇', '胜利村委会'), kind: 'withdrawn', daysAgo: 40, entries: 4,
      correction: { position: 3, wrong: { householdSize: 2, incomePerCapita: 2600, disabledMembers: 1 },
        right: { householdSize: 3, incomePerCapita: 1730 } } },
    { key: 'yc-open', village: v('大安市', '月亮泡镇', '志发村委会'), kind: 'open', daysAgo: 2, entries: 3,
      objections: [{ entry: 2, channel: 'letter', status: 'investigating', day: 0, text: TEXT.investigatingAbsent }] },
  ];
}

const WITHDRAWAL_REASON = '公示名单中一户家庭人口信息有误，撤回后重新公示';

// ---------------------------------------------------------------------------------------------
// Households

interface HouseholdPlan {
  place: VillagePlace;
  year: number;
  registeredAt: Date;
  fullName: string;
  ethnicity: Ethnicity;
  sex: Sex;
  age: number;
  villageGroup: string | null;
  disabilityCategory: number;
  disabilityGrade: number;
  householdSize: number;
  disabledMembers: number;
  incomePerCapita: number;
  certificateNumber: string;
  idNumber: string;
  phone: string;
  address: string;
  employmentIntention: string;
  id: number; // set on insert
}

class HouseholdFactory {
  private readonly ids = new Set<string>();
  private readonly names = new Set<string>();
  constructor(private readonly rng: Rng) {}

  make(
    place: VillagePlace,
    year: number,
    registeredAt: Date,
    opts: { compound?: boolean; override?: Correction['wrong'] } = {},
  ): HouseholdPlan {
    const rng = this.rng;
    const sex: Sex = chance(rng, 0.56) ? 'M' : 'F';
    const ethnicity: Ethnicity = opts.compound ? '汉族' : ethnicityFor(rng, place.township.name);
    let fullName = personName(rng, sex, ethnicity, opts.compound);
    for (let i = 0; i < 50 && this.names.has(fullName); i++) fullName = personName(rng, sex, ethnicity, opts.compound);
    this.names.add(fullName);
    const [lo, hi] = weighted<[number, number]>(rng, [[[18, 30], 15], [[31, 45], 30], [[46, 60], 40], [[61, 70], 15]]);
    const age = int(rng, lo, hi);
    const disabilityCategory = weighted(rng, [[4, 36], [1, 10], [2, 13], [3, 5], [5, 12], [6, 9], [7, 5]] as const);
    const disabilityGrade = weighted(rng, [[1, 4], [2, 16], [3, 36], [4, 44]] as const);
    let householdSize: number = weighted(rng, [[1, 8], [2, 22], [3, 30], [4, 25], [5, 10], [6, 5]] as const);
    let disabledMembers = Math.min(householdSize, 3, weighted(rng, [[1, 75], [2, 20], [3, 5]] as const));
    let incomePerCapita = 10 * int(rng, 90, 279);
    if (opts.override) ({ householdSize, disabledMembers, incomePerCapita } = opts.override);
    const villageGroup = chance(rng, 0.1) ? null : pick(rng, VILLAGE_GROUPS.slice(0, int(rng, 4, 8)));
    const { idNumber, certificateNumber } = certificateFor(
      rng,
      {
        countyCode: place.county.code,
        sex,
        age,
        today: chinaDateString(registeredAt),
        category: disabilityCategory,
        grade: disabilityGrade,
        reissue: chance(rng, 0.05),
      },
      this.ids,
    );
    return {
      place,
      year,
      registeredAt,
      fullName,
      ethnicity,
      sex,
      age,
      villageGroup,
      disabilityCategory,
      disabilityGrade,
      householdSize,
      disabledMembers,
      incomePerCapita,
      certificateNumber,
      idNumber,
      phone: mobilePhone(rng),
      // A house number makes each address specific (and so a private value the tests look for).
      address: `${place.county.name}${place.township.name}${place.shortName}${villageGroup ?? ''}${(Number(idNumber.slice(14, 17)) % 80) + 1}号`,
      employmentIntention: employmentIntention(rng, disabilityCategory),
      id: 0,
    };
  }
}

/** Fails loudly if the seed ever produced a household the product itself would refuse. */
function assertValidHousehold(h: HouseholdPlan): void {
  const cert = parseCertificate(h.certificateNumber);
  const today = chinaDateString(h.registeredAt);
  if (
    !cert.ok ||
    cert.id !== h.idNumber ||
    cert.sex !== h.sex ||
    cert.category !== h.disabilityCategory ||
    cert.grade !== h.disabilityGrade ||
    ageOn(cert.birth, today) !== h.age ||
    h.age < 18 ||
    h.age > 70 ||
    !isEligible(h, PROGRAMME)
  ) {
    throw new Error(`seed produced an invalid household (${h.place.code}, index ${h.id})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Audit events are collected as the seed goes and written at the end in time order, so the hash
// chain's id order is also the order in which things happened.

interface AuditEvent {
  at: Date;
  officialId: number | null;
  role: Role | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: Record<string, unknown>; // public facts only: no names, numbers, phones, addresses
}

// ---------------------------------------------------------------------------------------------

export async function seedDemo(db: Db, now: Date): Promise<DemoSummary> {
  const rng = mulberry32(SEED);
  const plan = noticePlan();
  const accounts = officialAccounts();
  // Hashing is slow on purpose; do it before the transaction so it stays short.
  const passwordHashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));

  return db.transaction(async (tx) => {
    const audit: AuditEvent[] = [];
    const system = { officialId: null, role: null } as const;
    const setupDay = chinaDaysAgo(now, 420);

    // Regions (the city's whole official tree), programme, allocation plan.
    await loadRegions(tx, readRegionFile(CITY.code), now);

    const [programme] = await tx.insert(programmes).values(PROGRAMME).returning({ id: programmes.id });
    if (!programme) throw new Error('programme insert returned nothing');
    audit.push({
      at: chinaAt(setupDay, 10),
      ...system,
      action: 'programme.create',
      entityType: 'programme',
      entityId: String(programme.id),
      summary: {
        name: PROGRAMME.name,
        startYear: PROGRAMME.startYear,
        endYear: PROGRAMME.endYear,
        targetHouseholds: PROGRAMME.targetHouseholds,
        incomeThreshold: PROGRAMME.incomeThreshold,
      },
    });

    const allocationRows = [];
    for (let year = PROGRAMME.startYear; year <= PROGRAMME.endYear; year++) {
      for (const c of COUNTIES) {
        allocationRows.push({ programmeId: programme.id, countyCode: c.code, year, targetHouseholds: allocationOf(c.code) });
      }
    }
    await tx.insert(allocations).values(allocationRows);
    for (let year = PROGRAMME.startYear; year <= PROGRAMME.endYear; year++) {
      audit.push({
        at: chinaAt(setupDay, 11),
        ...system,
        action: 'allocation.set',
        entityType: 'programme',
        entityId: String(programme.id),
        summary: { year, counties: Object.fromEntries(COUNTIES.map((c) => [c.code, allocationOf(c.code)])) },
      });
    }

    // Officials.
    const officialIds = new Map<string, number>();
    const accountsAt = chinaAt(chinaDaysAgo(now, 415), 9);
    for (const [i, account] of accounts.entries()) {
      const [row] = await tx
        .insert(officials)
        .values({ ...account, passwordHash: passwordHashes[i]!, isDemo: true, createdAt: accountsAt, totpSecret: demoTotpSecret(account.role) })
        .returning({ id: officials.id });
      if (!row) throw new Error('official insert returned nothing');
      officialIds.set(account.username, row.id);
      audit.push({
        at: accountsAt,
        ...system,
        action: 'official.create',
        entityType: 'official',
        entityId: String(row.id),
        summary: { username: account.username, role: account.role, regionCode: account.regionCode },
      });
    }
    const actorFor = (user: DemoUser | undefined) =>
      user ? { officialId: officialIds.get(user)!, role: 'village' as const } : system;
    const villageUser = new Map<string, DemoUser>([
      [findVillage('洮北区', '平安镇', VILLAGE_A).code, 'village-a'],
      [findVillage('洮北区', '平安镇', VILLAGE_B).code, 'village-b'],
    ]);

    // Households: first those each notice lists, then the registered ones, then a few from 2025.
    const factory = new HouseholdFactory(rng);
    const listed = new Map<string, HouseholdPlan[]>(); // notice key → households in list order
    for (const spec of plan) {
      if (spec.supersedes) {
        const old = listed.get(spec.supersedes);
        if (!old) throw new Error(`plan: ${spec.key} supersedes an unknown notice`);
        listed.set(spec.key, old);
        continue;
      }
      const listDay = chinaDaysAgo(now, spec.daysAgo);
      const list: HouseholdPlan[] = [];
      for (let p = 1; p <= spec.entries; p++) {
        const registeredAt = chinaAt(addDays(listDay, -int(rng, 8, 25)), int(rng, 8, 16), int(rng, 0, 59));
        list.push(
          factory.make(spec.village, DEMO_YEAR, registeredAt, {
            compound: spec.compoundFirst === true && p === 1,
            override: spec.correction?.position === p ? spec.correction.wrong : undefined,
          }),
        );
      }
      listed.set(spec.key, list);
    }
    const onNotices = [...new Set([...listed.values()].flat())];
    const registered: HouseholdPlan[] = [];
    const registeredAtRecent = () => chinaAt(chinaDaysAgo(now, int(rng, 2, 80)), int(rng, 8, 16), int(rng, 0, 59));
    // village-a gets 5 and village-b 3 eligible households that are on no notice, for drafting new ones.
    for (const [code, n] of [[findVillage('洮北区', '平安镇', VILLAGE_A).code, 5], [findVillage('洮北区', '平安镇', VILLAGE_B).code, 3]] as const) {
      const place = allVillages().find((p) => p.code === code)!;
      for (let i = 0; i < n; i++) registered.push(factory.make(place, DEMO_YEAR, registeredAtRecent()));
    }
    const others = shuffle(rng, allVillages().filter((p) => !villageUser.has(p.code)));
    const remaining = TOTAL_HOUSEHOLDS - onNotices.length - registered.length;
    for (let i = 0; i < remaining; i++) {
      const place = others[i % others.length]!;
      const is2025 = i >= remaining - HOUSEHOLDS_2025;
      const registeredAt = is2025
        ? chinaAt(chinaDaysAgo(now, int(rng, 350, 380)), int(rng, 8, 16), int(rng, 0, 59))
        : registeredAtRecent();
      registered.push(factory.make(place, is2025 ? 2025 : DEMO_YEAR, registeredAt, { compound: i === 7 }));
    }

    // Insert in registration order, so ids follow time.
    const everyone = [...onNotices, ...registered].sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime());
    for (const h of everyone) {
      const [row] = await tx
        .insert(households)
        .values({
          programmeId: programme.id,
          year: h.year,
          villageCode: h.place.code,
          villageGroup: h.villageGroup,
          maskedName: maskName(h.fullName),
          sex: h.sex,
          age: h.age,
          disabilityCategory: h.disabilityCategory,
          disabilityGrade: h.disabilityGrade,
          householdSize: h.householdSize,
          disabledMembers: h.disabledMembers,
          incomePerCapita: h.incomePerCapita,
          status: 'registered',
          createdAt: h.registeredAt,
          updatedAt: h.registeredAt,
        })
        .returning({ id: households.id });
      if (!row) throw new Error('household insert returned nothing');
      h.id = row.id;
      assertValidHousehold(h);
      await tx.insert(householdPrivate).values({
        householdId: h.id,
        programmeId: programme.id,
        fullName: h.fullName,
        ethnicity: h.ethnicity,
        certificateNumber: h.certificateNumber,
        idNumber: h.idNumber,
        phone: h.phone,
        address: h.address,
        employmentIntention: h.employmentIntention,
      });
      audit.push({
        at: h.registeredAt,
        ...actorFor(villageUser.get(h.place.code)),
        action: 'household.register',
        entityType: 'household',
        entityId: String(h.id),
        summary: { year: h.year, villageCode: h.place.code },
      });
    }

    // Notices, in the order they were drafted.
    const noticeIds = new Map<string, number>();
    const ordered = [...plan].sort((a, b) => b.daysAgo - a.daysAgo);
    for (const spec of ordered) {
      const id = await seedNotice(tx, {
        spec,
        now,
        rng,
        programmeId: programme.id,
        list: listed.get(spec.key)!,
        actor: actorFor(spec.official),
        supersededId: spec.supersedes ? noticeIds.get(spec.supersedes) : undefined,
        supersededSpec: spec.supersedes ? plan.find((p) => p.key === spec.supersedes) : undefined,
        audit,
      });
      noticeIds.set(spec.key, id);
    }

    // Where each notice was posted, and left-out household reports (db/seed/participation.ts).
    await seedParticipation(tx, { now, audit });
    // Objections lodged online on 平安村's open notice (db/seed/online-objections.ts).
    await seedOnlineObjections(tx, { now, audit });

    // After the notice: approvals, filing, help measures, visits, income, annual summaries. Its audit
    // events join the others so the chain stays in time order.
    const afterNotice = await seedAfterNotice(tx, {
      now,
      programmeId: programme.id,
      incomeThreshold: PROGRAMME.incomeThreshold,
      passwordHash: passwordHashes[0]!,
      accountsAt,
      audit,
    });
    // The demo households' full member lists (issue 10 item 1): before the duties, which name members.
    await seedMembers(tx, now);
    // 新农合, 新农保 and 低保 per member as the filed households' guarantee records say (稳定脱贫 reads the members).
    await alignEnrolmentWithGuarantees(tx, now);
    // The duties (issue 10 item 5): trainings, Party development, joint meetings, inspections and fixes.
    await seedDuties(tx, now, audit);
    // Households screened and found not eligible (issue 10 item 2): counted as screened, kept privately.
    await seedScreening(tx, now, programme.id, audit);

    // The audit trail, oldest first, each row chained to the one before with the audit key's HMAC.
    audit.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const event of audit) {
      if (event.at.getTime() > now.getTime()) throw new Error(`audit event ${event.action} is in the future`);
      await appendAuditRow(tx, event);
    }

    const villageA = findVillage('洮北区', '平安镇', VILLAGE_A);
    const villageB = findVillage('洮北区', '平安镇', VILLAGE_B);
    return summarise(tx, now, {
      villageA: {
        username: 'village-a',
        villageCode: villageA.code,
        villageName: `${villageA.township.name}${villageA.name}`,
        openNoticeId: noticeIds.get('a-open')!,
        periodEndedNoticeId: noticeIds.get('a-ended')!,
        closedNoticeId: noticeIds.get('a-closed')!,
        registeredHouseholdIds: registered
          .filter((h) => h.place.code === villageA.code)
          .map((h) => h.id)
          .sort((a, b) => a - b),
      },
      villageB: {
        username: 'village-b',
        villageCode: villageB.code,
        villageName: `${villageB.township.name}${villageB.name}`,
        openNoticeId: noticeIds.get('b-open')!,
      },
      afterNotice,
    });
  });
}

function allocationOf(countyCode: string): number {
  const n = ANNUAL_ALLOCATION[countyCode];
  if (n === undefined) throw new Error(`no allocation for ${countyCode}`);
  return n;
}

function officialAccounts(): { username: string; displayName: string; role: Role; regionCode: string }[] {
  const taobei = COUNTIES[0]!;
  const pingan = taobei.townships[0]!;
  const a = findVillage('洮北区', '平安镇', VILLAGE_A);
  const b = findVillage('洮北区', '平安镇', VILLAGE_B);
  return [
    { username: 'admin', displayName: '系统管理员', role: 'admin', regionCode: CITY.code },
    { username: 'city', displayName: '白城市委组织部', role: 'city', regionCode: CITY.code },
    { username: 'county-dpf', displayName: `${taobei.name}残疾人联合会`, role: 'county_dpf', regionCode: taobei.code },
    { username: 'county-org', displayName: `中共${taobei.name}委组织部`, role: 'county_org', regionCode: taobei.code },
    { username: 'township-party', displayName: `中共${pingan.name}委员会`, role: 'township_party', regionCode: pingan.code },
    { username: 'township-dpf', displayName: `${pingan.name}残疾人联合会`, role: 'township_dpf', regionCode: pingan.code },
    { username: 'village-a', displayName: `${a.shortName}党支部`, role: 'village', regionCode: a.code },
    { username: 'village-b', displayName: `${b.shortName}党支部`, role: 'village', regionCode: b.code },
  ];
}

function noticeTexts(place: VillagePlace, entries: number, correction: boolean) {
  const village = place.shortName;
  const title =
    `${CITY.name}${place.county.name}${place.township.name}${village}${DEMO_YEAR}年度` +
    `农村贫困残疾人家庭帮扶对象拟定名单${correction ? '更正' : ''}公示`;
  const objectionPlace = `${village}村委会办公室`;
  return { title, objectionPlace, issuingBody: `中共${village}支部委员会`, entries, village };
}

function noticeBody(village: string, entries: number, phone: string, place: string, correction: boolean): string {
  const intro = correction
    ? `经入户核实，原公示名单中一户家庭人口数登记有误，现予更正，本公示替代原公示，公示期重新计算。`
    : `经村党支部组织入户调查、逐户摸底，并经村民代表评议，`;
  return (
    `${intro}现将${village}${DEMO_YEAR}年度农村贫困残疾人家庭帮扶对象拟定名单（共${entries}户）予以公示。` +
    `公示期为7天，自发布之日起计算。对名单有异议的，请在公示期内到${place}当面反映，` +
    `或拨打电话${phone}、来信反映，请说明异议所涉家庭和理由。反映人的姓名和联系方式严格保密，不予公开。`
  );
}

interface NoticeContext {
  spec: NoticeSpec;
  now: Date;
  rng: Rng;
  programmeId: number;
  list: HouseholdPlan[];
  actor: { officialId: number | null; role: Role | null };
  supersededId: number | undefined;
  supersededSpec: NoticeSpec | undefined;
  audit: AuditEvent[];
}

/** Walks one notice through its lifecycle, in the order the triggers demand. Returns its id. */
async function seedNotice(tx: Tx, ctx: NoticeContext): Promise<number> {
  const { spec, now, rng, list, actor, audit } = ctx;
  const isCorrection = ctx.supersededId !== undefined;
  const texts = noticeTexts(spec.village, list.length, isCorrection);
  const phone = officePhone(rng);
  const day = chinaDaysAgo(now, spec.daysAgo);
  const createdAt = spec.kind === 'draft' ? chinaAt(day, 10, int(rng, 0, 59)) : chinaAt(addDays(day, -1), 15, int(rng, 0, 59));
  const entityOf = (noticeId: number) => ({ entityType: 'notice', entityId: String(noticeId) });

  // 1. Draft with its list.
  const [row] = await tx
    .insert(notices)
    .values({
      programmeId: ctx.programmeId,
      year: DEMO_YEAR,
      villageCode: spec.village.code,
      title: texts.title,
      issuingBody: texts.issuingBody,
      body: noticeBody(texts.village, list.length, phone, texts.objectionPlace, isCorrection),
      objectionPhone: phone,
      objectionPlace: texts.objectionPlace,
      status: 'draft',
      supersedesId: ctx.supersededId ?? null,
      createdBy: actor.officialId,
      createdAt,
    })
    .returning({ id: notices.id });
  if (!row) throw new Error('notice insert returned nothing');
  const noticeId = row.id;
  audit.push({
    at: createdAt,
    ...actor,
    action: 'notice.create',
    ...entityOf(noticeId),
    summary: { title: texts.title, year: DEMO_YEAR, villageCode: spec.village.code, entries: list.length },
  });

  const entryRows = await tx
    .insert(noticeEntries)
    .values(
      list.map((h, i) => ({
        noticeId,
        householdId: h.id,
        position: i + 1,
        maskedName: maskName(h.fullName),
        sex: h.sex,
        age: h.age,
        villageGroup: h.villageGroup,
        disabilityCategory: h.disabilityCategory,
        disabilityGrade: h.disabilityGrade,
        householdSize: h.householdSize,
        disabledMembers: h.disabledMembers,
        incomePerCapita: h.incomePerCapita,
      })),
    )
    .returning({ id: noticeEntries.id, position: noticeEntries.position, householdId: noticeEntries.householdId });
  const entryAt = (position: number) => {
    const e = entryRows.find((r) => r.position === position);
    if (!e) throw new Error(`plan: ${spec.key} has no entry ${position}`);
    return e;
  };
  if (spec.kind === 'draft') return noticeId;

  // 2. Publish (a correction first retires the notice it replaces).
  const publishedAt = chinaAt(day, 9, int(rng, 0, 30));
  const period = noticePeriod(publishedAt, PROGRAMME.noticeDays);
  const householdIds = list.map((h) => h.id);
  if (ctx.supersededId !== undefined) {
    await tx.update(notices).set({ status: 'superseded' }).where(eq(notices.id, ctx.supersededId));
    audit.push({
      at: publishedAt,
      ...actor,
      action: 'notice.supersede',
      ...entityOf(ctx.supersededId),
      summary: { supersededBy: noticeId },
    });
  }
  await tx.update(households).set({ status: 'listed', updatedAt: publishedAt }).where(inArray(households.id, householdIds));
  await tx
    .update(notices)
    .set({
      status: 'published',
      publishedAt,
      periodStartDate: period.startDate,
      periodEndDate: period.endDate,
      periodEndsAt: period.endsAt,
    })
    .where(eq(notices.id, noticeId));
  audit.push({
    at: publishedAt,
    ...actor,
    action: 'notice.publish',
    ...entityOf(noticeId),
    summary: {
      title: texts.title,
      entries: list.length,
      periodStartDate: period.startDate,
      periodEndDate: period.endDate,
      ...(ctx.supersededId !== undefined ? { supersedes: ctx.supersededId } : {}),
    },
  });

  // 3. Objections, received inside the period; resolved ones before the notice closes.
  const closedAt =
    spec.kind === 'closed' ? chinaAt(addDays(period.endDate, spec.closeDelay ?? 1), 10, int(rng, 0, 59)) : null;
  const resolveLimit = closedAt ?? now;
  const upheldEntries = new Set<number>();
  for (const o of spec.objections ?? []) {
    const receivedAt = chinaAt(addDays(period.startDate, o.day), int(rng, 10, 14), int(rng, 0, 59));
    if (receivedAt < publishedAt || receivedAt >= period.endsAt || receivedAt >= now) {
      throw new Error(`plan: objection on ${spec.key} day ${o.day} falls outside the open period`);
    }
    const resolved = o.status === 'upheld' || o.status === 'dismissed';
    const resolvedAt = resolved
      ? chinaAt(addDays(chinaDateString(receivedAt), o.resolveAfter ?? 1), 16, int(rng, 0, 50))
      : null;
    if (resolvedAt && resolvedAt >= resolveLimit) {
      throw new Error(`plan: objection on ${spec.key} would be resolved after the notice closed or in the future`);
    }
    const entry = o.entry === null ? null : entryAt(o.entry);
    const [obj] = await tx
      .insert(objections)
      .values({
        noticeId,
        entryId: entry?.id ?? null,
        channel: o.channel,
        status: o.status,
        resolutionReason: resolved ? (o.text.reason ?? null) : null,
        receivedAt,
        resolvedAt,
        recordedBy: actor.officialId,
        resolvedBy: resolved ? actor.officialId : null,
      })
      .returning({ id: objections.id });
    if (!obj) throw new Error('objection insert returned nothing');
    await tx.insert(objectionPrivate).values({
      objectionId: obj.id,
      summary: o.text.summary,
      ...(o.anonymous
        ? {}
        : {
            objectorName: personName(rng, chance(rng, 0.5) ? 'M' : 'F', '汉族'),
            objectorContact: o.channel === 'letter' ? `${spec.village.shortName}${pick(rng, ['一组', '二组', '三组'])}` : mobilePhone(rng),
          }),
    });
    const objectionEntity = { entityType: 'objection', entityId: String(obj.id) };
    audit.push({
      at: receivedAt,
      ...actor,
      action: 'objection.record',
      ...objectionEntity,
      summary: { noticeId, about: o.entry === null ? 'notice' : 'entry', channel: o.channel },
    });
    if (o.status !== 'received') {
      audit.push({
        at: new Date(receivedAt.getTime() + HOUR),
        ...actor,
        action: 'objection.investigate',
        ...objectionEntity,
        summary: { noticeId },
      });
    }
    if (resolvedAt) {
      audit.push({ at: resolvedAt, ...actor, action: 'objection.resolve', ...objectionEntity, summary: { noticeId, outcome: o.status } });
      if (o.status === 'upheld' && entry) upheldEntries.add(entry.id);
    }
  }

  // A household whose data was found wrong is corrected in its register after the upheld objection
  // (superseded notice) or the withdrawal.
  const correct = async (at: Date) => {
    const c = spec.correction;
    if (!c) return;
    const h = list[c.position - 1]!;
    h.householdSize = c.right.householdSize;
    h.incomePerCapita = c.right.incomePerCapita;
    assertValidHousehold(h);
    await tx.update(households).set({ ...c.right, updatedAt: at }).where(eq(households.id, h.id));
    audit.push({
      at,
      ...actor,
      action: 'household.update',
      entityType: 'household',
      entityId: String(h.id),
      summary: { fields: ['householdSize', 'incomePerCapita'], noticeId },
    });
  };

  // 4. The ending.
  if (spec.kind === 'closed') {
    let passed = 0;
    let removed = 0;
    for (const e of entryRows) {
      const outcome = upheldEntries.has(e.id) ? 'removed' : 'passed';
      if (outcome === 'passed') passed++;
      else removed++;
      await tx.update(noticeEntries).set({ outcome }).where(eq(noticeEntries.id, e.id));
      await tx.update(households).set({ status: outcome, updatedAt: closedAt! }).where(eq(households.id, e.householdId));
    }
    await tx.update(notices).set({ status: 'closed', closedAt }).where(eq(notices.id, noticeId));
    audit.push({ at: closedAt!, ...actor, action: 'notice.close', ...entityOf(noticeId), summary: { passed, removed } });
  } else if (spec.kind === 'withdrawn') {
    const withdrawnAt = chinaAt(addDays(period.startDate, 2), 15, int(rng, 0, 50));
    await tx
      .update(notices)
      .set({ status: 'withdrawn', withdrawnAt, withdrawalReason: WITHDRAWAL_REASON })
      .where(eq(notices.id, noticeId));
    await tx.update(households).set({ status: 'registered', updatedAt: withdrawnAt }).where(inArray(households.id, householdIds));
    audit.push({ at: withdrawnAt, ...actor, action: 'notice.withdraw', ...entityOf(noticeId), summary: { reason: WITHDRAWAL_REASON } });
    await correct(new Date(withdrawnAt.getTime() + HOUR));
  } else if (spec.kind === 'superseded') {
    // Stays published until its correction notice is published (done when that one is seeded).
    const upheld = (spec.objections ?? []).find((o) => o.status === 'upheld' && o.entry === null);
    if (!upheld) throw new Error(`plan: ${spec.key} is superseded without an upheld objection about the notice`);
    await correct(chinaAt(addDays(period.startDate, upheld.day + (upheld.resolveAfter ?? 1)), 17, int(rng, 0, 50)));
  }
  return noticeId;
}

async function summarise(
  tx: Tx,
  now: Date,
  demo: Pick<DemoSummary, 'villageA' | 'villageB' | 'afterNotice'>,
): Promise<DemoSummary> {
  const countOf = async (table: typeof regions | typeof programmes | typeof allocations | typeof officials | typeof auditLog) => {
    const [r] = await tx.select({ n: sql<number>`count(*)::int` }).from(table);
    return r?.n ?? 0;
  };
  const byStatus = async <S extends string>(
    table: typeof households | typeof notices | typeof objections,
    keys: readonly S[],
  ): Promise<Record<S, number>> => {
    const rows = await tx
      .select({ status: table.status, n: sql<number>`count(*)::int` })
      .from(table)
      .groupBy(table.status);
    const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<S, number>;
    for (const r of rows) out[r.status as S] = r.n;
    return out;
  };
  const householdsByStatus = await byStatus(households, ['registered', 'listed', 'passed', 'removed'] as const);
  const noticesByStatus = await byStatus(notices, ['draft', 'published', 'withdrawn', 'closed', 'superseded'] as const);
  const objectionsByStatus = await byStatus(objections, ['submitted', 'received', 'investigating', 'upheld', 'dismissed', 'rejected'] as const);
  const published = await tx
    .select({ status: notices.status, periodEndsAt: notices.periodEndsAt })
    .from(notices)
    .where(eq(notices.status, 'published'));
  const states = published.map((n) => noticeState(n, now));
  const passedRows = await tx
    .select({ county: sql<string>`left(${households.villageCode}, 6)`, n: sql<number>`count(*)::int` })
    .from(households)
    .where(eq(households.status, 'passed'))
    .groupBy(sql`left(${households.villageCode}, 6)`);
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return {
    regions: await countOf(regions),
    programmes: await countOf(programmes),
    allocations: await countOf(allocations),
    households: sum(householdsByStatus),
    householdsByStatus,
    notices: sum(noticesByStatus),
    noticesByStatus,
    publishedOpen: states.filter((s) => s === 'open').length,
    publishedPeriodEnded: states.filter((s) => s === 'period_ended').length,
    objections: sum(objectionsByStatus),
    objectionsByStatus,
    officials: await countOf(officials),
    auditEntries: await countOf(auditLog),
    passedByCounty: Object.fromEntries(
      COUNTIES.map((c) => [
        c.code,
        { name: c.name, passed: passedRows.find((r) => r.county === c.code)?.n ?? 0, allocation: allocationOf(c.code) },
      ]),
    ),
    ...demo,
  };
}
