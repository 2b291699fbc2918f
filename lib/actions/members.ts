// 家庭成员: add, enter, edit and remove the members of a household (issue 10 item 1). Sex and age come
// from the ID number: a form that disagrees is refused on the field. One person belongs to at most one
// household of the programme (household_member_private_programme_person_uq); a concurrent second add of
// the same ID fails on that constraint and gets the same message. household_size and disabled_members are
// counted by the database's triggers in the same transaction.
import { and, eq, inArray, max, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { dibaoStatuses, householdMemberPrivate, householdMembers, households, labourCapacities, memberRelations } from '@/db/schema';
import { ageOn, chinaDateString, parseCertificate, parseResidentId } from '@/lib/domain';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { formatError } from '@/lib/i18n/zh-errors';
import { officialAction, Refusal, type ActionContext, type FieldErrors } from './core';
import { editedIdField, emptyToNull, halfWidth, idField, trimmed, wholeNumber } from './fields';

const t = zhAdminMembers.errors;

const yesNo = z.preprocess(
  (v) => (v === 'yes' ? true : v === 'no' ? false : v === '' || v === undefined || v === null ? null : v),
  z.boolean({ error: t.yesNo }).nullable(),
);

/** Labour, willingness, enrolment and skills: every member's, the registrant's too (also the registration form's rows). */
export const memberDetailFields = {
  labourCapacity: z.preprocess(emptyToNull, z.enum(labourCapacities, { error: t.labourCapacity }).nullable()),
  willingToWork: yesNo,
  ruralMedical: yesNo,
  ruralPension: yesNo,
  dibao: z.preprocess(emptyToNull, z.enum(dibaoStatuses, { error: t.dibao }).nullable()),
  skills: z.preprocess(
    (v) => (typeof v === 'string' ? [...new Set(v.split(/[、,，;；\n]/).map((s) => s.trim()).filter((s) => s !== ''))] : v),
    z.array(z.string().max(20, t.skillsLong), { error: t.skillsLong }).max(10, t.skillsLong),
  ),
};

/** Who the member is: checked against the ID number by `checkIdentity` (also the registration form's rows). */
export const memberPersonFields = {
  fullName: z.preprocess(
    trimmed,
    z.string({ error: t.fullName }).min(1, t.fullName).max(20, t.fullNameLong).regex(/^[\p{Script=Han}·•・]+$/u, t.fullNameChars),
  ),
  relation: z.enum(memberRelations, { error: t.relation }).refine((r) => r !== 'self', t.relationSelf),
  idNumber: z.preprocess(
    (v) => (typeof v === 'string' ? halfWidth(v).replace(/\s+/g, '').toUpperCase() : v),
    z.string({ error: t.idNumber }).min(1, t.idNumber),
  ),
  sex: z.enum(['M', 'F'], { error: t.sex }),
  age: wholeNumber(t.age, 0, 130, t.ageRange),
  certificateNumber: z.preprocess(
    (v) => {
      const s = emptyToNull(v);
      return typeof s === 'string' ? halfWidth(s).replace(/\s+/g, '').toUpperCase() : s;
    },
    z.string().nullable(),
  ),
};

const memberSchema = z.object({
  householdId: idField(t.householdId),
  memberId: editedIdField(t.memberId), // empty: a new member
  ...memberPersonFields,
  ...memberDetailFields,
});

const registrantSchema = z.object({ householdId: idField(t.householdId), memberId: idField(t.memberId), ...memberDetailFields });

/** One member row of a form that enters several (registration): the member page's fields, no ids. */
export const memberRowSchema = z.object({ ...memberPersonFields, ...memberDetailFields });
export type MemberRow = z.output<typeof memberRowSchema>;
/** The registrant's row of that form: identity is the household's (name, certificate). */
export const registrantRowSchema = z.object(memberDetailFields);

const removeSchema = z.object({ householdId: idField(t.householdId), memberId: idField(t.memberId) });

type MemberInput = z.output<typeof memberSchema>;
export type MemberIdentity = { idNumber: string; sex: 'M' | 'F'; birthDate: string; disability: { category: number; grade: number } | null };

/** The household, locked until commit, in the official's region and not removed. */
async function lockHousehold(ctx: ActionContext, householdId: number) {
  const [h] = await ctx.tx
    .select({ id: households.id, programmeId: households.programmeId, villageCode: households.villageCode, status: households.status })
    .from(households)
    .where(eq(households.id, householdId))
    .for('update');
  if (!h) throw new Refusal(t.notFound);
  ctx.authorize(h.villageCode);
  if (h.status === 'removed') throw new Refusal(t.removed);
  return h;
}

async function memberOf(tx: Tx, householdId: number, memberId: number) {
  const [m] = await tx
    .select({ id: householdMembers.id, position: householdMembers.position })
    .from(householdMembers)
    .where(and(eq(householdMembers.id, memberId), eq(householdMembers.householdId, householdId)));
  if (!m) throw new Refusal(t.memberId, { memberId: t.memberId });
  return m;
}

/** The ID against the sex, age and certificate typed: one precise message per field. */
export function checkIdentity(input: MemberRow, today: string): { errors: FieldErrors } | { identity: MemberIdentity } {
  const errors: FieldErrors = {};
  const id = parseResidentId(input.idNumber);
  if (!id.ok) return { errors: { idNumber: formatError(id.error) } };
  if (id.sex !== input.sex) errors.sex = t.sexMismatch(zhAdminMembers.sex[id.sex]);
  const age = ageOn(id.birth, today);
  if (age !== input.age) errors.age = t.ageMismatch(age);
  let disability: { category: number; grade: number } | null = null;
  if (input.certificateNumber !== null) {
    const cert = parseCertificate(input.certificateNumber);
    if (!cert.ok) errors.certificateNumber = formatError(cert.error);
    else if (cert.id !== id.id) errors.certificateNumber = t.certificateOther;
    else disability = { category: cert.category, grade: cert.grade };
  }
  if (Object.keys(errors).length > 0) return { errors };
  const b = id.birth;
  const birthDate = `${b.year}-${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
  return { identity: { idNumber: id.id, sex: id.sex, birthDate, disability } };
}

function identityOf(input: MemberInput, today: string): MemberIdentity {
  const checked = checkIdentity(input, today);
  if ('errors' in checked) throw new Refusal(zhAdmin.errors.fixFields, checked.errors);
  return checked.identity;
}

/** Which of these ID numbers already belong to a member of the programme (any household). */
export async function takenIdNumbers(tx: Tx, programmeId: number, idNumbers: readonly string[]): Promise<Set<string>> {
  if (idNumbers.length === 0) return new Set();
  const rows = await tx
    .select({ idNumber: householdMemberPrivate.idNumber })
    .from(householdMemberPrivate)
    .where(and(eq(householdMemberPrivate.programmeId, programmeId), inArray(householdMemberPrivate.idNumber, [...idNumbers])));
  return new Set(rows.map((r) => r.idNumber));
}

/** The public-safe columns of an entered member (household_members), from its row and checked identity. */
export function memberColumns(input: MemberRow, identity: MemberIdentity, now: Date) {
  return {
    relation: input.relation,
    sex: identity.sex,
    birthDate: identity.birthDate,
    disabled: identity.disability !== null,
    disabilityCategory: identity.disability?.category ?? null,
    disabilityGrade: identity.disability?.grade ?? null,
    ...detailsOf(input),
    updatedAt: now,
  };
}

/** The precise refusal for an ID already taken: this household or another one. */
async function refuseDuplicate(tx: Tx, programmeId: number, householdId: number, idNumber: string, exceptMember: number | null) {
  const [taken] = await tx
    .select({ householdId: householdMembers.householdId })
    .from(householdMemberPrivate)
    .innerJoin(householdMembers, eq(householdMembers.id, householdMemberPrivate.memberId))
    .where(
      and(
        eq(householdMemberPrivate.programmeId, programmeId),
        eq(householdMemberPrivate.idNumber, idNumber),
        exceptMember === null ? undefined : ne(householdMemberPrivate.memberId, exceptMember),
      ),
    );
  if (taken) {
    const message = taken.householdId === householdId ? t.duplicateHere : t.duplicateOther;
    throw new Refusal(zhAdmin.errors.fixFields, { idNumber: message });
  }
}

export function detailsOf(input: z.output<typeof registrantRowSchema>) {
  return {
    labourCapacity: input.labourCapacity,
    willingToWork: input.willingToWork,
    ruralMedical: input.ruralMedical,
    ruralPension: input.ruralPension,
    dibao: input.dibao,
    skills: input.skills,
  };
}

// A concurrent add of the same person loses on the constraint: the same message as the check above.
const conflicts = { household_member_private_programme_person_uq: { field: 'idNumber', message: t.duplicateOther } };

// 添加或录入成员: a new member, a declared member entered, or an entered member corrected (not member 1).
export const saveMember = officialAction({
  action: 'household.update',
  schema: memberSchema,
  conflicts,
  async run(ctx, input) {
    const { tx } = ctx;
    const h = await lockHousehold(ctx, input.householdId);
    const existing = input.memberId === undefined ? null : await memberOf(tx, h.id, input.memberId);
    if (existing?.position === 1) throw new Refusal(t.registrant);
    const identity = identityOf(input, chinaDateString(ctx.now));
    await refuseDuplicate(tx, h.programmeId, h.id, identity.idNumber, existing?.id ?? null);
    const row = memberColumns(input, identity, ctx.now);
    const secret = { fullName: input.fullName, idNumber: identity.idNumber, certificateNumber: input.certificateNumber };
    let memberId: number;
    let position: number;
    if (existing) {
      await tx.update(householdMembers).set(row).where(eq(householdMembers.id, existing.id));
      await tx
        .insert(householdMemberPrivate)
        .values({ memberId: existing.id, programmeId: h.programmeId, ...secret })
        .onConflictDoUpdate({ target: householdMemberPrivate.memberId, set: secret });
      memberId = existing.id;
      position = existing.position;
    } else {
      const [last] = await tx.select({ n: max(householdMembers.position) }).from(householdMembers).where(eq(householdMembers.householdId, h.id));
      position = (last?.n ?? 0) + 1;
      const [created] = await tx
        .insert(householdMembers)
        .values({ householdId: h.id, programmeId: h.programmeId, position, ...row, createdAt: ctx.now })
        .returning({ id: householdMembers.id });
      if (!created) throw new Error('member insert returned nothing');
      await tx.insert(householdMemberPrivate).values({ memberId: created.id, programmeId: h.programmeId, ...secret });
      memberId = created.id;
    }
    await tx.update(households).set({ updatedAt: ctx.now }).where(eq(households.id, h.id));
    // Public facts only: no name or number.
    await ctx.audit({
      action: existing ? 'household.member.update' : 'household.member.add',
      entityType: 'household',
      entityId: h.id,
      summary: { memberId, position, relation: input.relation, disabled: identity.disability !== null },
    });
    return { householdId: h.id, memberId };
  },
  success: ({ householdId }) => ({ message: zhAdminMembers.saved, redirectTo: `/admin/households/${householdId}/members?saved=1` }),
});

// 申请人情况: labour, willingness, enrolment and skills of member 1 (the registrant's identity is the household's).
export const saveRegistrantDetails = officialAction({
  action: 'household.update',
  schema: registrantSchema,
  async run(ctx, input) {
    const h = await lockHousehold(ctx, input.householdId);
    const m = await memberOf(ctx.tx, h.id, input.memberId);
    if (m.position !== 1) throw new Refusal(t.memberId, { memberId: t.memberId });
    await ctx.tx.update(householdMembers).set({ ...detailsOf(input), updatedAt: ctx.now }).where(eq(householdMembers.id, m.id));
    await ctx.audit({ action: 'household.member.update', entityType: 'household', entityId: h.id, summary: { memberId: m.id, position: 1 } });
    return { householdId: h.id, memberId: m.id };
  },
  success: ({ householdId }) => ({ message: zhAdminMembers.saved, redirectTo: `/admin/households/${householdId}/members?saved=1` }),
});

// 删除成员: any member but the registrant; the counts follow in the same transaction.
export const removeMember = officialAction({
  action: 'household.update',
  schema: removeSchema,
  async run(ctx, input) {
    const h = await lockHousehold(ctx, input.householdId);
    const m = await memberOf(ctx.tx, h.id, input.memberId);
    if (m.position === 1) throw new Refusal(t.registrant);
    await ctx.tx.delete(householdMembers).where(eq(householdMembers.id, m.id));
    await ctx.tx.update(households).set({ updatedAt: ctx.now }).where(eq(households.id, h.id));
    await ctx.audit({ action: 'household.member.remove', entityType: 'household', entityId: h.id, summary: { memberId: m.id, position: m.position } });
    return { householdId: h.id };
  },
  success: ({ householdId }) => ({ message: zhAdminMembers.removed, redirectTo: `/admin/households/${householdId}/members?saved=removed` }),
});
