// The approval read models against a real database: the queue shows each household to the one body
// whose step it waits for, within its region; the case page and the registration form stay in region.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { householdPrivate } from '@/db/schema';
import { decideApproval } from '@/lib/actions/approvals';
import type { Official } from '@/lib/auth/official';
import { APPROVAL_STEPS, type ApprovalStep } from '@/lib/domain/approval';
import { addDays, chinaDateString } from '@/lib/domain/time';
import { agreeSteps, approversFor, createPassedHousehold, demoApprovers, type PassedHousehold } from '@/test/approvals';
import { useSeededDatabase } from '@/test/seeded-database';
import { officialNamed } from '@/test/officials';
import { getApprovalCase, getApprovalOverview, getRegistrationForm } from './approvals';

const PINGAN = '220802100201';
const JIEBEI = '220821100201';

const database = useSeededDatabase();
let db: Db;
let now: Date;
let demo: Record<ApprovalStep, Official>;
let local: Record<ApprovalStep, Official>;

beforeAll(async () => {
  db = database.db;
  now = database.seededAt;
  demo = await demoApprovers(db);
  local = await approversFor(db, JIEBEI);
});

describe('getApprovalOverview', () => {
  it('puts a household in the queue of exactly the body whose step it waits for, in region', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const closedOn = chinaDateString(h.closedAt);
    for (const [k, step] of APPROVAL_STEPS.entries()) {
      for (const other of APPROVAL_STEPS) {
        const overview = (await getApprovalOverview(demo[other]))!;
        const row = overview.queue.find((q) => q.householdId === h.id);
        if (other === step) {
          expect(row, `${step} sees it`).toMatchObject({
            fullName: h.fullName,
            villageName: '平安村委会',
            townshipName: '平安镇',
            noticeId: h.noticeId,
            round: 1,
            waitingSinceOn: k === 0 ? closedOn : chinaDateString(now),
          });
        } else {
          expect(row, `${other} does not see it at ${step}`).toBeUndefined();
        }
        // The 镇赉县 body of the same step never sees a 洮北区 household.
        expect((await getApprovalOverview(local[other]))!.queue.some((q) => q.householdId === h.id)).toBe(false);
      }
      expect((await decideApproval.run(demo[step], { householdId: h.id, decision: 'agree', opinion: '同意' }, now)).ok).toBe(true);
    }
    for (const step of APPROVAL_STEPS) expect((await getApprovalOverview(demo[step]))!.queue.some((q) => q.householdId === h.id)).toBe(false);
  });

  it('counts households waiting at each step, in progress and filed, within the region only', async () => {
    const before = (await getApprovalOverview(demo.county_dpf))!;
    const cityBefore = (await getApprovalOverview(await officialNamed(db, 'city')))!;
    const waiting = await createPassedHousehold(db, PINGAN, now);
    await agreeSteps(waiting.id, demo, 2, now); // waits for the township DPF
    const filed = await createPassedHousehold(db, PINGAN, now);
    await agreeSteps(filed.id, demo, 5, now);
    const elsewhere = await createPassedHousehold(db, JIEBEI, now);
    await agreeSteps(elsewhere.id, local, 5, now);

    const after = (await getApprovalOverview(demo.county_dpf))!;
    expect(after.myStep).toBe('county_dpf');
    expect(after.waitingByStep.township_dpf).toBe(before.waitingByStep.township_dpf + 1);
    expect(after.inProgress).toBe(before.inProgress + 1);
    expect(after.filed).toBe(before.filed + 1); // not the 镇赉县 one
    expect(after.households.map((r) => r.householdId)).toEqual(expect.arrayContaining([waiting.id, filed.id]));
    expect(after.households.some((r) => r.householdId === elsewhere.id)).toBe(false);

    const city = (await getApprovalOverview(await officialNamed(db, 'city')))!;
    expect(city.myStep).toBeNull();
    expect(city.queue).toEqual([]);
    expect(city.filed).toBe(cityBefore.filed + 2);
  });

  it('is null for an account that may not see households (the system administrator)', async () => {
    expect(await getApprovalOverview(await officialNamed(db, 'admin'))).toBeNull();
  });
});

describe('getApprovalCase', () => {
  let h: PassedHousehold;
  beforeAll(async () => {
    h = await createPassedHousehold(db, PINGAN, now);
    await agreeSteps(h.id, demo, 1, now);
    await decideApproval.run(demo.township_party, { householdId: h.id, decision: 'return', opinion: '家庭人口有误，退回核实' }, now);
  });

  it('shows the history with each deciding body, and lets only the next step’s body decide', async () => {
    const found = (await getApprovalCase(demo.county_dpf, h.id))!;
    expect(found.history).toEqual([
      { round: 1, step: 'village', decision: 'agree', opinion: 'village 同意', decidedOn: chinaDateString(now), body: '平安村党支部' },
      { round: 1, step: 'township_party', decision: 'return', opinion: '家庭人口有误，退回核实', decidedOn: chinaDateString(now), body: '中共平安镇委员会' },
    ]);
    expect(found.progress).toMatchObject({ filed: false, round: 2, nextStep: 'village' });
    expect(found.mayDecide).toBe(false);
    expect(found.earliestOn).toBe(chinaDateString(now));
    expect(found.noticeClosedOn).toBe(chinaDateString(h.closedAt));
    expect((await getApprovalCase(demo.village, h.id))!.mayDecide).toBe(true);
    expect((await getApprovalCase(demo.township_party, h.id))!.mayDecide).toBe(false);
  });

  it('is null outside the region and for unknown ids', async () => {
    expect(await getApprovalCase(local.county_org, h.id)).toBeNull();
    expect(await getApprovalCase(await officialNamed(db, 'village-b'), h.id)).toBeNull();
    expect(await getApprovalCase(demo.county_dpf, 2_000_000_000)).toBeNull();
    expect(await getApprovalCase(demo.county_dpf, -1)).toBeNull();
  });
});

describe('getRegistrationForm', () => {
  it('has every field of annex 1 and the current round’s opinions in the four boxes', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const yesterday = addDays(chinaDateString(now), -1);
    for (const step of APPROVAL_STEPS) {
      const result = await decideApproval.run(demo[step], { householdId: h.id, decision: 'agree', opinion: `${step}意见`, decidedOn: yesterday }, now);
      expect(result.ok).toBe(true);
    }
    const form = (await getRegistrationForm(demo.township_dpf, h.id))!;
    expect(form).toMatchObject({
      householdId: h.id,
      year: 2026,
      place: { cityName: '白城市', countyName: '洮北区', townshipName: '平安镇', villageName: '平安村委会' },
      fullName: h.fullName,
      sex: 'M',
      ethnicity: '汉族',
      disabilityCategory: 4,
      disabilityGrade: 3,
      householdSize: 3,
      disabledMembers: 1,
      incomePerCapita: 2100,
      employmentIntention: '养殖肉牛',
      hasPhoto: false,
    });
    expect(form.certificateNumber).toMatch(/^110105\d{11}[0-9X]43$/);
    expect(form.opinions).toEqual({
      village: { decision: 'agree', opinion: 'village意见', decidedOn: yesterday },
      township_party: { decision: 'agree', opinion: 'township_party意见', decidedOn: yesterday },
      county_dpf: { decision: 'agree', opinion: 'county_dpf意见', decidedOn: yesterday },
      county_org: { decision: 'agree', opinion: 'county_org意见', decidedOn: yesterday },
    });
  });

  it('after a return the boxes are empty again: the form is for the new round', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    await agreeSteps(h.id, demo, 3, now);
    await decideApproval.run(demo.county_dpf, { householdId: h.id, decision: 'return', opinion: '退回' }, now);
    expect((await getRegistrationForm(demo.village, h.id))!.opinions).toEqual({ village: null, township_party: null, county_dpf: null, county_org: null });
    await agreeSteps(h.id, demo, 1, now);
    expect((await getRegistrationForm(demo.village, h.id))!.opinions.village).toMatchObject({ opinion: 'village 同意' });
  });

  it('carries a stored image photo, never anything else, and stays in region', async () => {
    const h = await createPassedHousehold(db, PINGAN, now);
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    await db.update(householdPrivate).set({ photo: png }).where(eq(householdPrivate.householdId, h.id));
    expect((await getRegistrationForm(demo.village, h.id))!.hasPhoto).toBe(true);
    await db.update(householdPrivate).set({ photo: 'data:text/html;base64,PHNjcmlwdD4=' }).where(eq(householdPrivate.householdId, h.id));
    expect((await getRegistrationForm(demo.village, h.id))!.hasPhoto).toBe(false);
    expect(await getRegistrationForm(local.village, h.id)).toBeNull();
    expect(await getRegistrationForm(await officialNamed(db, 'admin'), h.id)).toBeNull();
  });
});
