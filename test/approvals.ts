// Test state for approval and filing (审批建档), made the way the product makes it: a household that
// passed a real notice (draft → published → outcome → closed, through the integrity triggers), and
// officials bound to any region. Tests build their own so that the demo's post-notice rows (which
// may already have decided or filed the seeded households) cannot change what they check.
import { eq, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { householdPrivate, households, noticeEntries, notices, officials, programmes } from '@/db/schema';
import { decideApproval } from '@/lib/actions/approvals';
import type { Official } from '@/lib/auth/official';
import { demoTotpSecret } from '@/lib/auth/two-factor-policy';
import { APPROVAL_STEPS, type ApprovalStep } from '@/lib/domain/approval';
import { checkDigit } from '@/lib/domain/identity';
import { maskName } from '@/lib/domain/masking';
import type { Role } from '@/lib/domain/permissions';
import { addDays, noticePeriod } from '@/lib/domain/time';
import { officialNamed } from './officials';

let serial = 0;
const run = Math.floor(Math.random() * 900) + 100; // keeps ID numbers apart across test files

const DAY = 24 * 60 * 60 * 1000;

export type PassedHousehold = { id: number; villageCode: string; noticeId: number; closedAt: Date; fullName: string };

/** A household of `villageCode` that passed a notice closed at `closedAt` (default: 20 days before `now`). */
export async function createPassedHousehold(db: Db, villageCode: string, now: Date, closedAt = new Date(now.getTime() - 20 * DAY)): Promise<PassedHousehold> {
  serial++;
  const [programme] = await db.select({ id: programmes.id }).from(programmes).limit(1);
  if (!programme) throw new Error('no programme: use the seeded test database');
  // A valid resident ID with a made-up birth date and an odd (male) sequence digit; region 110105 is
  // used by no demo household, so it cannot collide with the seeded ones.
  const birth = addDays('1975-01-01', serial * 37 + run).replaceAll('-', '');
  const first17 = `110105${birth}${String(run).slice(0, 2)}${(serial % 5) * 2 + 1}`;
  const idNumber = first17 + checkDigit(first17);
  const fullName = `测试${'甲乙丙丁戊己庚辛壬癸'[serial % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(serial / 10) % 12]}`;
  const age = 40;
  const [household] = await db
    .insert(households)
    .values({
      programmeId: programme.id,
      year: 2026,
      villageCode,
      villageGroup: '一组',
      maskedName: maskName(fullName),
      sex: 'M',
      age,
      disabilityCategory: 4,
      disabilityGrade: 3,
      householdSize: 3,
      disabledMembers: 1,
      incomePerCapita: 2100,
      status: 'listed',
    })
    .returning({ id: households.id });
  await db.insert(householdPrivate).values({
    householdId: household!.id,
    programmeId: programme.id,
    fullName,
    ethnicity: '汉族',
    certificateNumber: `${idNumber}43`,
    idNumber,
    phone: `1390436${String(1000 + serial).slice(-4)}`,
    address: `测试地址${serial}号`,
    employmentIntention: '养殖肉牛',
  });
  const [notice] = await db
    .insert(notices)
    .values({
      programmeId: programme.id,
      year: 2026,
      villageCode,
      title: `测试公示 ${serial}`,
      issuingBody: '测试村党支部',
      objectionPhone: '0436-3210000',
      objectionPlace: '村委会办公室',
    })
    .returning({ id: notices.id });
  await db.insert(noticeEntries).values({
    noticeId: notice!.id,
    householdId: household!.id,
    position: 1,
    maskedName: maskName(fullName),
    sex: 'M',
    age,
    villageGroup: '一组',
    disabilityCategory: 4,
    disabilityGrade: 3,
    householdSize: 3,
    disabledMembers: 1,
    incomePerCapita: 2100,
  });
  const publishedAt = new Date(closedAt.getTime() - 8 * DAY);
  const period = noticePeriod(publishedAt, 7);
  await db
    .update(notices)
    .set({ status: 'published', publishedAt, periodStartDate: period.startDate, periodEndDate: period.endDate, periodEndsAt: period.endsAt })
    .where(eq(notices.id, notice!.id));
  await db.update(noticeEntries).set({ outcome: 'passed' }).where(eq(noticeEntries.noticeId, notice!.id));
  await db.update(notices).set({ status: 'closed', closedAt }).where(eq(notices.id, notice!.id));
  await db.update(households).set({ status: 'passed' }).where(eq(households.id, household!.id));
  return { id: household!.id, villageCode, noticeId: notice!.id, closedAt, fullName };
}

/** An active account of `role` bound to `regionCode` (a village, township, county or the city). */
export async function createOfficial(db: Db, role: Role, regionCode: string): Promise<Official> {
  serial++;
  const username = `t-${role}-${regionCode}-${run}-${serial}`;
  // Enrolled in two-factor sign-in where the role requires it, as the demo's accounts are.
  await db.insert(officials).values({ username, passwordHash: 'not-a-hash', displayName: `测试${role}${regionCode}`, role, regionCode, totpSecret: demoTotpSecret(role) });
  return officialNamed(db, username);
}

/** One official for each approval step, bound to the village's own village, township and county. */
export async function approversFor(db: Db, villageCode: string): Promise<Record<ApprovalStep, Official>> {
  const regionOf = (step: ApprovalStep) =>
    step === 'village' ? villageCode : step.startsWith('township') ? villageCode.slice(0, 9) : villageCode.slice(0, 6);
  const out = {} as Record<ApprovalStep, Official>;
  for (const step of APPROVAL_STEPS) out[step] = await createOfficial(db, step, regionOf(step));
  return out;
}

/** The demo accounts of 平安村委会 / 平安镇 / 洮北区, one per step. */
export async function demoApprovers(db: Db): Promise<Record<ApprovalStep, Official>> {
  return {
    village: await officialNamed(db, 'village-a'),
    township_party: await officialNamed(db, 'township-party'),
    township_dpf: await officialNamed(db, 'township-dpf'),
    county_dpf: await officialNamed(db, 'county-dpf'),
    county_org: await officialNamed(db, 'county-org'),
  };
}

const DEMO_VILLAGE = '220802100201'; // 平安村委会, the demo accounts' village

/**
 * A household of `villageCode` filed on `now`'s China day: it passed a notice and all five approval
 * steps agreed, by the demo accounts in their own village (平安村委会), by officials made for it elsewhere.
 */
export async function createFiledHousehold(db: Db, villageCode: string, now: Date): Promise<number> {
  const { id } = await createPassedHousehold(db, villageCode, now);
  await agreeSteps(id, villageCode === DEMO_VILLAGE ? await demoApprovers(db) : await approversFor(db, villageCode), APPROVAL_STEPS.length, now);
  return id;
}

/** Agrees the first `steps` steps of the current round, each on `now`'s China day; throws on a refusal. */
export async function agreeSteps(householdId: number, approvers: Record<ApprovalStep, Official>, steps: number, now: Date): Promise<void> {
  for (const step of APPROVAL_STEPS.slice(0, steps)) {
    const result = await decideApproval.run(approvers[step], { householdId, decision: 'agree', opinion: `${step} 同意` }, now);
    if (!result.ok) throw new Error(`${step} could not agree: ${result.message}`);
  }
}

/** The single number `query` selects as `n`. */
export async function countRows(db: Db, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, query);
  return Number(row?.n ?? 0);
}
