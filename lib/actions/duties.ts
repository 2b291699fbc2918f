// The duties of issue 10 item 5, one spec each on the one write path (core.ts): practical-skills
// training (实用技术培训), developing disabled Party members (发展残疾人党员), joint meetings (联席会议),
// inspections (督导检查) and their required fixes (整改). Audit rows carry dates, stages and counts only:
// who was trained in what, a person's Party stages and the text of findings stay in their tables.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { householdMembers, inspectionFixes, inspections, jointMeetings, partyDevelopments, regions, trainings } from '@/db/schema';
import {
  MEETING_BODIES,
  MIN_MEETING_BODIES,
  PARTY_DATE_FIELDS,
  mayInspect,
  partyDateProblems,
  partyStage,
  type PartyDates,
} from '@/lib/domain/duties';
import { regionLevel } from '@/lib/domain/regions';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';
import { officialAction, Refusal, type ActionContext } from './core';
import { asciiTrimmed, idField } from './fields';
import { dateField, lockFiledHousehold, optionalText, refuseFutureDates, requiredText } from './help-target';
import { publishedText } from './published-text';

const t = zhAdminDuties.errors;

/** A date that may be left empty: '' and absent become null. */
const optionalDate = z.preprocess((v) => (asciiTrimmed(v) === '' ? undefined : v), dateField(t.partyDate.future).optional()).transform((v) => v ?? null);

// ——— 实用技术培训 ———

/**
 * The household member a training or a Party record is about: locks and authorises their household
 * (filed, in the official's region) and refuses a member whose details are not entered yet.
 */
async function lockMember(ctx: ActionContext, memberId: number) {
  const [member] = await ctx.tx
    .select({ householdId: householdMembers.householdId, sex: householdMembers.sex })
    .from(householdMembers)
    .where(eq(householdMembers.id, memberId));
  if (!member) throw new Refusal(t.memberId, { memberId: t.memberId });
  const household = await lockFiledHousehold(ctx, member.householdId);
  if (member.sex === null) throw new Refusal(t.memberNotEntered, { memberId: t.memberNotEntered });
  return household;
}

/** Records that a filed household's member was trained in a practical skill. */
export const recordTraining = officialAction({
  action: 'training.record',
  schema: z.object({
    memberId: idField(t.memberId),
    skill: requiredText(t.skill, 100),
    trainedOn: dateField(t.trainedOn),
    trainer: requiredText(t.trainer, 100),
  }),
  async run(ctx, input) {
    const household = await lockMember(ctx, input.memberId);
    refuseFutureDates({ trainedOn: input.trainedOn }, ctx.now);
    const [row] = await ctx.tx
      .insert(trainings)
      .values({ householdId: household.id, memberId: input.memberId, skill: input.skill, trainedOn: input.trainedOn, trainer: input.trainer, createdBy: ctx.official.id, createdAt: ctx.now })
      .returning({ id: trainings.id });
    await ctx.audit({ action: 'training.record', entityType: 'household', entityId: household.id, summary: { trainingId: row!.id, memberId: input.memberId, trainedOn: input.trainedOn } });
    return { householdId: household.id };
  },
  success: () => ({ message: zhAdminDuties.success.training, redirectTo: '/admin/duties/trainings?saved=training' }),
});

// ——— 发展残疾人党员 ———

const partyDates = Object.fromEntries(PARTY_DATE_FIELDS.map((f) => [f, f === 'appliedOn' ? dateField(t.appliedOn) : optionalDate])) as {
  appliedOn: ReturnType<typeof dateField>;
} & Record<Exclude<(typeof PARTY_DATE_FIELDS)[number], 'appliedOn'>, typeof optionalDate>;

/**
 * Saves a person's stages into the Party: new, or the household's existing record moved forward (or a
 * date corrected). Stages go in order, none in the future or before the previous one, and a stage once
 * recorded is not dropped; the database's CHECK holds the order too.
 */
export const saveParty = officialAction({
  action: 'party.record',
  schema: z.object({ memberId: idField(t.memberId), ...partyDates }),
  async run(ctx, input) {
    const household = await lockMember(ctx, input.memberId);
    const [existing] = await ctx.tx.select().from(partyDevelopments).where(eq(partyDevelopments.memberId, input.memberId)).for('update');
    const dates: PartyDates & { appliedOn: string } = {
      appliedOn: input.appliedOn,
      activistOn: input.activistOn,
      candidateOn: input.candidateOn,
      probationaryOn: input.probationaryOn,
      memberOn: input.memberOn,
    };
    const problems = partyDateProblems(dates, ctx.now, existing ?? null);
    const fieldErrors = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t.partyDate[problem]]));
    if (Object.keys(fieldErrors).length > 0) throw new Refusal(Object.values(fieldErrors)[0]!, fieldErrors);
    if (existing) {
      await ctx.tx.update(partyDevelopments).set({ ...dates, updatedAt: ctx.now }).where(eq(partyDevelopments.id, existing.id));
    } else {
      await ctx.tx.insert(partyDevelopments).values({ householdId: household.id, memberId: input.memberId, ...dates, createdBy: ctx.official.id, updatedAt: ctx.now });
    }
    const stage = partyStage(dates);
    await ctx.audit({
      action: existing ? 'party.update' : 'party.record',
      entityType: 'household',
      entityId: household.id,
      summary: existing ? { memberId: input.memberId, from: partyStage(existing), stage } : { memberId: input.memberId, stage },
    });
    return { householdId: household.id };
  },
  success: () => ({ message: zhAdminDuties.success.party, redirectTo: '/admin/duties/party?saved=party' }),
  conflicts: { party_developments_member_uq: { field: 'memberId', message: t.partyTaken } },
});

// ——— 联席会议 ———

/** Each body is its own checkbox (`body_county_org=on`…), so that a refused form comes back ticked. */
const bodyFields = Object.fromEntries(MEETING_BODIES.map((b) => [`body_${b}`, z.unknown().optional()]));

/** Records a joint meeting of the official's county. The optional public summary is published text. */
export const recordMeeting = officialAction({
  action: 'meeting.record',
  schema: z
    .object({
      heldOn: dateField(t.heldOn),
      ...bodyFields,
      otherBodies: optionalText(200),
      decisions: requiredText(t.decisions, 2000),
      publicSummary: publishedText(optionalText(1000)),
    })
    .transform((v) => ({
      heldOn: v.heldOn as string,
      bodies: MEETING_BODIES.filter((b) => (v as Record<string, unknown>)[`body_${b}`] === 'on'),
      otherBodies: v.otherBodies as string,
      decisions: v.decisions as string,
      publicSummary: (v.publicSummary as string) || null,
    }))
    .refine((v) => v.bodies.length + (v.otherBodies ? 1 : 0) >= MIN_MEETING_BODIES, { message: t.bodies, path: ['bodies'] }),
  async run(ctx, input) {
    const county = ctx.official.regionCode;
    if (regionLevel(county) !== 'county') throw new Refusal(t.notCounty);
    ctx.authorize(county);
    refuseFutureDates({ heldOn: input.heldOn }, ctx.now);
    const [row] = await ctx.tx
      .insert(jointMeetings)
      .values({ countyCode: county, ...input, createdBy: ctx.official.id, createdAt: ctx.now })
      .returning({ id: jointMeetings.id });
    await ctx.audit({
      action: 'meeting.record',
      entityType: 'joint_meeting',
      entityId: row!.id,
      summary: { countyCode: county, heldOn: input.heldOn, bodies: input.bodies, public: input.publicSummary !== null },
    });
    return row!.id;
  },
  success: () => ({ message: zhAdminDuties.success.meeting, redirectTo: '/admin/duties/meetings?saved=meeting' }),
});

// ——— 督导检查 ———

/** Up to three required fixes are entered with the inspection; more are added on its page. */
export const FIX_SLOTS = [1, 2, 3] as const;
const fixSlotFields = Object.fromEntries(
  FIX_SLOTS.flatMap((n) => [
    [`requirement${n}`, optionalText(500)],
    [`dueOn${n}`, z.preprocess((v) => (asciiTrimmed(v) === '' ? undefined : v), dateField(t.dueOn).optional())],
  ]),
) as Record<string, z.ZodType<string | undefined>>;

/** Refuses a due date before the inspection's date. */
function refuseEarlyDue(fields: Record<string, string>, inspectedOn: string): void {
  const fieldErrors = Object.fromEntries(Object.entries(fields).filter(([, due]) => due < inspectedOn).map(([f]) => [f, t.dueBeforeInspection]));
  if (Object.keys(fieldErrors).length > 0) throw new Refusal(t.dueBeforeInspection, fieldErrors);
}

/** Records an inspection by the official's region (the city or a county) of a region below it, with its fixes. */
export const recordInspection = officialAction({
  action: 'inspection.record',
  schema: z
    .object({
      regionCode: z.preprocess(asciiTrimmed, z.string({ error: t.regionCode }).regex(/^[0-9]{6}([0-9]{3}([0-9]{3})?)?$/, t.regionCode)),
      inspectedOn: dateField(t.inspectedOn),
      findings: requiredText(t.findings, 2000),
      ...fixSlotFields,
    })
    .superRefine((v, zctx) => {
      const r = v as Record<string, string | undefined>;
      for (const n of FIX_SLOTS) {
        if (r[`requirement${n}`] && !r[`dueOn${n}`]) zctx.addIssue({ code: 'custom', path: [`dueOn${n}`], message: t.fixMissingDue });
        if (!r[`requirement${n}`] && r[`dueOn${n}`]) zctx.addIssue({ code: 'custom', path: [`requirement${n}`], message: t.fixMissingRequirement });
      }
    }),
  async run(ctx, raw) {
    const input = raw as Record<string, string | undefined> & { regionCode: string; inspectedOn: string; findings: string };
    const [region] = await ctx.tx.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode));
    if (!region) throw new Refusal(t.regionCode, { regionCode: t.regionCode });
    ctx.authorize(region.code);
    if (!mayInspect(ctx.official.regionCode, region.code)) throw new Refusal(t.regionNotBelow, { regionCode: t.regionNotBelow }, 'region');
    refuseFutureDates({ inspectedOn: input.inspectedOn }, ctx.now);
    const fixes = FIX_SLOTS.filter((n) => input[`requirement${n}`]).map((n) => ({ n, requirement: input[`requirement${n}`]!, dueOn: input[`dueOn${n}`]! }));
    refuseEarlyDue(Object.fromEntries(fixes.map((f) => [`dueOn${f.n}`, f.dueOn])), input.inspectedOn);
    const [row] = await ctx.tx
      .insert(inspections)
      .values({
        inspectorRegionCode: ctx.official.regionCode,
        regionCode: region.code,
        inspectedOn: input.inspectedOn,
        findings: input.findings,
        createdBy: ctx.official.id,
        createdAt: ctx.now,
      })
      .returning({ id: inspections.id });
    if (fixes.length > 0) {
      await ctx.tx.insert(inspectionFixes).values(
        fixes.map((f) => ({ inspectionId: row!.id, requirement: f.requirement, dueOn: f.dueOn, updatedBy: ctx.official.id, updatedAt: ctx.now })),
      );
    }
    await ctx.audit({
      action: 'inspection.record',
      entityType: 'inspection',
      entityId: row!.id,
      summary: { regionCode: region.code, inspectedOn: input.inspectedOn, fixes: fixes.map((f) => f.dueOn) },
    });
    return row!.id;
  },
  success: (id) => ({ message: zhAdminDuties.success.inspection, redirectTo: `/admin/duties/inspections/${id}?saved=inspection` }),
});

/** The inspection, locked; `by` says whose region must contain it: the inspector's (adding fixes) or the inspected one's (recording a fix done). */
async function lockInspection(ctx: ActionContext, id: number, by: 'inspector' | 'inspected') {
  const [row] = await ctx.tx.select().from(inspections).where(eq(inspections.id, id)).for('update');
  if (!row) throw new Refusal(t.inspectionId, { inspectionId: t.inspectionId });
  ctx.authorize(by === 'inspector' ? row.inspectorRegionCode : row.regionCode);
  return row;
}

/** Adds a required fix to an inspection: only the inspecting level (or above) sets what must be fixed. */
export const addFix = officialAction({
  action: 'inspection.record',
  schema: z.object({
    inspectionId: idField(t.inspectionId),
    requirement: requiredText(t.requirement, 500),
    dueOn: dateField(t.dueOn),
  }),
  async run(ctx, input) {
    const inspection = await lockInspection(ctx, input.inspectionId, 'inspector');
    refuseEarlyDue({ dueOn: input.dueOn }, inspection.inspectedOn);
    const [row] = await ctx.tx
      .insert(inspectionFixes)
      .values({ inspectionId: inspection.id, requirement: input.requirement, dueOn: input.dueOn, updatedBy: ctx.official.id, updatedAt: ctx.now })
      .returning({ id: inspectionFixes.id });
    await ctx.audit({ action: 'inspection.fix_add', entityType: 'inspection', entityId: inspection.id, summary: { fixId: row!.id, dueOn: input.dueOn } });
    return inspection.id;
  },
  success: (id) => ({ message: zhAdminDuties.success.fix, redirectTo: `/admin/duties/inspections/${id}?saved=fix` }),
});

/** Records that a required fix was done, with its date and a note; the inspected region's county or the inspector may. */
export const resolveFix = officialAction({
  action: 'inspection.record',
  schema: z.object({
    fixId: idField(t.fixId),
    fixedOn: dateField(t.fixedOn),
    fixNote: requiredText(t.fixNote, 1000),
  }),
  async run(ctx, input) {
    const [fix] = await ctx.tx.select().from(inspectionFixes).where(eq(inspectionFixes.id, input.fixId));
    if (!fix) throw new Refusal(t.fixId, { fixId: t.fixId });
    const inspection = await lockInspection(ctx, fix.inspectionId, 'inspected');
    if (fix.fixedOn !== null) throw new Refusal(t.fixDone);
    refuseFutureDates({ fixedOn: input.fixedOn }, ctx.now);
    if (input.fixedOn < inspection.inspectedOn) throw new Refusal(t.fixedBeforeInspection, { fixedOn: t.fixedBeforeInspection });
    const [row] = await ctx.tx
      .update(inspectionFixes)
      .set({ fixedOn: input.fixedOn, fixNote: input.fixNote, updatedBy: ctx.official.id, updatedAt: ctx.now })
      .where(and(eq(inspectionFixes.id, fix.id), isNull(inspectionFixes.fixedOn)))
      .returning({ id: inspectionFixes.id });
    if (!row) throw new Refusal(t.fixDone);
    await ctx.audit({ action: 'inspection.fix_done', entityType: 'inspection', entityId: inspection.id, summary: { fixId: fix.id, fixedOn: input.fixedOn } });
    return inspection.id;
  },
  success: (id) => ({ message: zhAdminDuties.success.fixed, redirectTo: `/admin/duties/inspections/${id}?saved=fixed` }),
});
