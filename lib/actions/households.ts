// Registering and editing households (帮扶对象) with the fields of annex 1 (帮扶对象登记表).
// The zod schema checks each field's shape and the certificate number's own structure; `run` checks
// what needs the server's clock or the database (age against the birth date today, the programme's
// income threshold and years, the village, the household's status) inside the transaction.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { householdMemberPrivate, householdMembers, householdPrivate, households, noticeEntries, notices, programmes } from '@/db/schema';
import { chinaDateString, checkCertificateAgainstForm, maskName, parseCertificate } from '@/lib/domain';
import { screeningFailures, type ScreeningFailure } from '@/lib/domain/eligibility';
import { PHOTO_STORED_TYPE, reencodePhoto } from '@/lib/images/photo';
import { currentProgramme } from '@/lib/data/programme';
import { annexOneColumns, householdFormFields } from '@/lib/data/officials/household-fields';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { zhAdminScreening } from '@/lib/i18n/zh-admin-screening';
import { formatError } from '@/lib/i18n/zh-errors';
import { zhAdminFileInputs } from '@/lib/i18n/zh-admin-file-inputs';
import { emptyToNull, halfWidth, optionalText, requiredText, trimmed, wholeNumber } from './fields';
import { fallbackError, officialAction, Refusal, type FieldErrors } from './core';
import type { FormState } from './form-state';
import { checkIdentity, detailsOf, memberColumns, memberRowSchema, registrantRowSchema, takenIdNumbers, type MemberIdentity, type MemberRow } from './members';
import { MAX_MEMBER_ROWS, memberRowCount } from './member-rows';
import { insertScreeningRefusal } from './screening';
import { villageRefusalIn, villageRefusalMessage } from './village';

const t = zhAdminHouseholds.errors;
const sc = zhAdminHouseholds.screening;

// ---------------------------------------------------------------------------------------------
// Field parsing. Officials type on Chinese keyboards, where digits and dashes often come out
// full-width (１２３, －): numbers and codes are folded to ASCII before checking, so that is never an
// error. Free text keeps its Chinese punctuation (，。) as typed.

// Mobile: 11 digits starting 13–19. Landline: area code (0 + 2–3 digits), then 7–8 digits.
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const PHOTO_MAX_BYTES = 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
type PhotoType = (typeof PHOTO_TYPES)[number];

const householdFields = {
  year: wholeNumber(t.year, 1900, 2100, t.year),
  villageCode: z.preprocess((v) => (typeof v === 'string' ? halfWidth(v).trim() : v), z.string({ error: t.villageCode }).regex(/^\d{12}$/, t.villageCode)),
  villageGroup: optionalText(20, t.villageGroup),
  fullName: z.preprocess(
    trimmed,
    z
      .string({ error: t.fullName })
      .min(1, t.fullName)
      .max(20, t.fullNameLong)
      // Han characters, and the middle dot some minority names use (e.g. 阿依古丽·买买提).
      .regex(/^[\p{Script=Han}·•・]+$/u, t.fullNameChars),
  ),
  sex: z.enum(['M', 'F'], { error: t.sex }),
  ethnicity: z.preprocess(
    trimmed,
    z.string({ error: t.ethnicity }).min(1, t.ethnicity).regex(/^\p{Script=Han}{1,10}$/u, t.ethnicityChars),
  ),
  age: wholeNumber(t.age, 0, 130, t.ageRange),
  certificateNumber: z.preprocess(
    (v) => (typeof v === 'string' ? halfWidth(v).replace(/\s+/g, '').toUpperCase() : v),
    z.string({ error: t.certificateNumber }).min(1, t.certificateNumber),
  ),
  disabilityCategory: wholeNumber(t.disabilityCategory, 1, 7, t.disabilityCategory),
  disabilityGrade: wholeNumber(t.disabilityGrade, 1, 4, t.disabilityGrade),
  phone: z.preprocess(
    (v) => {
      const s = emptyToNull(v);
      return typeof s === 'string' ? halfWidth(s).replace(/\s+/g, '').replace(/[—–]/g, '-') : s;
    },
    z.string().regex(PHONE, t.phone).nullable(),
  ),
  incomePerCapita: wholeNumber(t.incomePerCapita, 0, 10_000_000, t.incomeRange),
  address: requiredText(t.address, 200, t.addressLong),
  employmentIntention: optionalText(500, t.employmentIntention),
  // The declared type is checked here; the bytes themselves in `run` (a renamed file lies).
  photo: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.file({ error: t.photoType }).max(PHOTO_MAX_BYTES, t.photoSize).mime([...PHOTO_TYPES], t.photoType).optional(),
  ),
};

type HouseholdInput = z.output<z.ZodObject<typeof householdFields>>;

/** What the certificate number says by itself: no clock needed. */
function checkShape(v: HouseholdInput, ctx: z.RefinementCtx) {
  if (typeof v.certificateNumber === 'string' && v.certificateNumber !== '') {
    const parsed = parseCertificate(v.certificateNumber);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: formatError(parsed.error) });
  }
}

const householdSchema = z.object(householdFields).superRefine(checkShape);

// The registration form takes the members themselves (issue 10 item 1): the registrant's row `m1.*`
// (labour, willingness, enrolment, skills: the identity is the household's name and certificate) and the
// other members' rows `m2.*` … `m{MAX_MEMBER_ROWS}.*` (./member-rows.ts), each with the members page's fields. A row left
// blank is ignored. `intent` is the button: register, or record the household as a screening refusal.
const registerIntents = ['register', 'refuse'] as const;

/** The values of row n (`m{n}.field`), by field; null when every one is blank. */
function memberRowValues(raw: Record<string, unknown>, n: number): Record<string, unknown> | null {
  const prefix = `m${n}.`;
  const row: Record<string, unknown> = {};
  let blank = true;
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(prefix)) continue;
    row[key.slice(prefix.length)] = value;
    if (!(typeof value === 'string' && value.trim() === '')) blank = false;
  }
  return blank ? null : row;
}

/** A zod result's issues, under the row's field names (`m2.idNumber`), into the outer parse. */
function addIssues(ctx: z.RefinementCtx, issues: readonly z.core.$ZodIssue[], prefix: string) {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: [`${prefix}${String(issue.path[0] ?? '')}`], message: issue.message });
}

const registerSchema = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const household = householdSchema.safeParse(raw, { error: fallbackError });
  if (!household.success) addIssues(ctx, household.error.issues, '');
  // A form without the skills box (a test, a script) means none, as an empty box does.
  const registrant = registrantRowSchema.safeParse({ skills: '', ...memberRowValues(raw, 1) }, { error: fallbackError });
  if (!registrant.success) addIssues(ctx, registrant.error.issues, 'm1.');
  let failed = !household.success || !registrant.success;
  const members: { row: number; input: MemberRow }[] = [];
  for (let n = 2; n <= MAX_MEMBER_ROWS; n++) {
    const values = memberRowValues(raw, n);
    if (values === null) continue;
    const member = memberRowSchema.safeParse({ skills: '', ...values }, { error: fallbackError });
    if (member.success) members.push({ row: n, input: member.data });
    else {
      addIssues(ctx, member.error.issues, `m${n}.`);
      failed = true;
    }
  }
  const intent = raw.intent === 'refuse' ? 'refuse' : 'register';
  if (failed || !household.success || !registrant.success) return z.NEVER;
  return { ...household.data, registrant: registrant.data, members, intent: intent as (typeof registerIntents)[number] };
});

const updateSchema = z
  .object({
    householdId: wholeNumber(t.householdId, 1, 2_147_483_647, t.householdId),
    // A checkbox sends 'on' when ticked and nothing otherwise.
    removePhoto: z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean()),
    ...householdFields,
  })
  .superRefine(checkShape);

type RegisterInput = z.output<typeof registerSchema>;

// ---------------------------------------------------------------------------------------------
// Rules that need the database or the clock.

type Programme = { id: number; startYear: number; endYear: number; incomeThreshold: number };

const programmeColumns = {
  id: programmes.id,
  startYear: programmes.startYear,
  endYear: programmes.endYear,
  incomeThreshold: programmes.incomeThreshold,
};

/**
 * The form against the programme and the certificate, one message per field (the first found). An edit
 * also keeps the income below the threshold; a registration screens it with the members (`screen`).
 */
function ruleErrors(input: HouseholdInput, programme: Programme, now: Date, checkIncome: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (input.year < programme.startYear || input.year > programme.endYear) {
    errors.year = t.yearRange(programme.startYear, programme.endYear);
  }
  const today = chinaDateString(now);
  const form = { age: input.age, sex: input.sex, category: input.disabilityCategory, grade: input.disabilityGrade };
  for (const { field, error } of checkCertificateAgainstForm(input.certificateNumber, form, today)) {
    errors[field] ??= formatError(error);
  }
  if (checkIncome && screeningFailures({ rural: true, incomePerCapita: input.incomePerCapita, members: [] }, programme).includes('income')) {
    errors.incomePerCapita ??= formatError('income_at_or_above_threshold', { threshold: programme.incomeThreshold });
  }
  return errors;
}

/** Households register only in village committees (村委会) that are still listed. */
async function requireVillage(tx: Tx, code: string): Promise<void> {
  const refusal = await villageRefusalIn(tx, code);
  if (refusal) throw new Refusal(zhAdmin.errors.fixFields, { villageCode: villageRefusalMessage(t, refusal) });
}

// Magic numbers of the accepted formats: the stored type comes from the bytes, never from the browser.
function sniffImage(bytes: Uint8Array): PhotoType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/**
 * The photo, re-encoded without its EXIF data (which may hold the home's position), as a data URL; or
 * a field error when its bytes are not an accepted image. The magic numbers are checked first, so no
 * other format (SVG, TIFF, …) ever reaches the decoder.
 */
async function photoDataUrl(file: File): Promise<{ url: string } | { error: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > PHOTO_MAX_BYTES) return { error: t.photoSize };
  const clean = sniffImage(bytes) ? await reencodePhoto(bytes) : null;
  if (!clean) return { error: t.photoContent };
  return { url: `data:${PHOTO_STORED_TYPE};base64,${clean.toString('base64')}` };
}

/** Rule and photo errors together (and `more`, the members'), so the official sees every problem at once. */
async function checkAll(input: HouseholdInput, programme: Programme, now: Date, more: FieldErrors | null = null): Promise<string | null> {
  const errors = { ...(more ?? {}), ...ruleErrors(input, programme, now, more === null) };
  let photo: string | null = null;
  if (input.photo) {
    const result = await photoDataUrl(input.photo);
    if ('error' in result) errors.photo = result.error;
    else photo = result.url;
  }
  if (Object.keys(errors).length > 0) throw new Refusal(zhAdmin.errors.fixFields, errors);
  return photo;
}

/** The columns both tables store, from a valid form. */
function rowsOf(input: HouseholdInput) {
  const certificateNumber = input.certificateNumber;
  return {
    public: {
      year: input.year,
      villageCode: input.villageCode,
      villageGroup: input.villageGroup,
      maskedName: maskName(input.fullName),
      sex: input.sex,
      age: input.age,
      disabilityCategory: input.disabilityCategory,
      disabilityGrade: input.disabilityGrade,
      incomePerCapita: input.incomePerCapita,
    },
    private: {
      fullName: input.fullName,
      ethnicity: input.ethnicity,
      certificateNumber,
      idNumber: certificateNumber.slice(0, 18), // one person once per programme, whatever the reissue
      phone: input.phone,
      address: input.address,
      employmentIntention: input.employmentIntention,
    },
  };
}

// One person may be registered once per programme; a reissued certificate (…B1) is the same person.
const conflicts = {
  household_private_programme_person_uq: { field: 'certificateNumber', message: t.duplicate },
  // The registrant is member 1 (migration 0017): an ID already a member of another household is refused too.
  household_member_private_programme_person_uq: { field: 'certificateNumber', message: t.duplicate },
};

// ---------------------------------------------------------------------------------------------
// 登记: register a household in a village of the official's region, with its members.

type CheckedMember = { row: number; input: MemberRow; identity: MemberIdentity };

/**
 * Each member row's ID against its sex, age and certificate, and against the other rows and the
 * programme's members (one person, one household): field errors under the row's names.
 */
async function checkMembers(tx: Tx, programmeId: number, input: RegisterInput, today: string): Promise<{ members: CheckedMember[]; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const members: CheckedMember[] = [];
  for (const { row, input: m } of input.members) {
    const checked = checkIdentity(m, today);
    if ('errors' in checked) for (const [field, message] of Object.entries(checked.errors)) errors[`m${row}.${field}`] = message;
    else members.push({ row, input: m, identity: checked.identity });
  }
  const registrantId = input.certificateNumber.slice(0, 18);
  const seen = new Set([registrantId]);
  for (const m of members) {
    if (seen.has(m.identity.idNumber)) errors[`m${m.row}.idNumber`] = zhAdminMembers.errors.duplicateHere;
    seen.add(m.identity.idNumber);
  }
  const taken = await takenIdNumbers(tx, programmeId, [...seen]);
  if (taken.has(registrantId)) errors.certificateNumber = t.duplicate;
  for (const m of members) {
    if (taken.has(m.identity.idNumber)) errors[`m${m.row}.idNumber`] ??= zhAdminMembers.errors.duplicateOther;
  }
  return { members, errors };
}

/** The conditions of eligibility the household fails, computed from its members (the registrant holds the certificate). */
function screen(input: RegisterInput, members: readonly CheckedMember[], programme: Programme): ScreeningFailure[] {
  const people = [
    { certificate: true, labourCapacity: input.registrant.labourCapacity, willingToWork: input.registrant.willingToWork },
    ...members.map((m) => ({ certificate: m.identity.disability !== null, labourCapacity: m.input.labourCapacity, willingToWork: m.input.willingToWork })),
  ];
  // Only a listed village committee reaches this point (requireVillage): the household is rural.
  return screeningFailures({ rural: true, incomePerCapita: input.incomePerCapita, members: people }, programme);
}

/** Next to the field each failed condition is about, and the offer to record the refusal. */
function screeningErrors(failures: readonly ScreeningFailure[], programme: Programme): FieldErrors {
  const errors: FieldErrors = {};
  for (const failure of failures) {
    const message = failure === 'income' ? formatError('income_at_or_above_threshold', { threshold: programme.incomeThreshold }) : sc.failed[failure];
    errors[sc.fieldOf[failure]] ??= message;
  }
  errors.screening = sc.offer;
  return errors;
}

export const registerHousehold = officialAction({
  action: 'household.register',
  schema: registerSchema,
  conflicts,
  async run(ctx, input) {
    const { tx } = ctx;
    ctx.authorize(input.villageCode);
    await requireVillage(tx, input.villageCode);
    // The newest programme is the running one; FOR SHARE keeps its threshold fixed until we commit.
    const programme = await currentProgramme(tx, 'share');
    if (!programme) throw new Error('no programme: the database has not been set up');
    const today = chinaDateString(ctx.now);
    const { members, errors } = await checkMembers(tx, programme.id, input, today);
    const photo = await checkAll(input, programme, ctx.now, errors);

    const failures = screen(input, members, programme);
    if (input.intent === 'refuse') {
      if (failures.length === 0) throw new Refusal(sc.eligible, { screening: sc.eligible });
      const refusal = await insertScreeningRefusal(ctx, programme, {
        villageCode: input.villageCode,
        year: input.year,
        fullName: input.fullName,
        criterion: failures[0]!,
        reason: sc.reason(failures.map((f) => zhAdminScreening.criteria[f])),
        screenedOn: today,
      });
      return { kind: 'refused' as const, id: refusal.id };
    }
    if (failures.length > 0) throw new Refusal(sc.summary, screeningErrors(failures, programme));

    const rows = rowsOf(input);
    // Sizes start at the registrant alone: the insert of household_private makes member 1 (migration
    // 0017's trigger) and no member "not entered yet"; the members inserted below are counted by the
    // triggers into household_size and disabled_members in this transaction.
    const [created] = await tx
      .insert(households)
      .values({ ...rows.public, householdSize: 1, disabledMembers: 1, programmeId: programme.id, status: 'registered', createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: households.id });
    if (!created) throw new Error('household insert returned nothing');
    await tx.insert(householdPrivate).values({ ...rows.private, householdId: created.id, programmeId: programme.id, photo });
    await tx
      .update(householdMembers)
      .set({ ...detailsOf(input.registrant), updatedAt: ctx.now })
      .where(and(eq(householdMembers.householdId, created.id), eq(householdMembers.position, 1)));
    if (members.length > 0) {
      const inserted = await tx
        .insert(householdMembers)
        .values(
          members.map((m, i) => ({
            householdId: created.id,
            programmeId: programme.id,
            position: i + 2,
            ...memberColumns(m.input, m.identity, ctx.now),
            createdAt: ctx.now,
          })),
        )
        .returning({ id: householdMembers.id, position: householdMembers.position });
      await tx.insert(householdMemberPrivate).values(
        inserted.map(({ id, position }) => {
          const m = members[position - 2]!;
          return { memberId: id, programmeId: programme.id, fullName: m.input.fullName, idNumber: m.identity.idNumber, certificateNumber: m.input.certificateNumber };
        }),
      );
    }
    await ctx.audit({
      action: 'household.register',
      entityType: 'household',
      entityId: created.id,
      summary: { villageCode: input.villageCode, year: input.year, members: members.length + 1 },
    });
    return { kind: 'registered' as const, id: created.id };
  },
  success: ({ kind, id }) =>
    kind === 'refused'
      ? { message: zhAdminScreening.saved, redirectTo: '/admin/screening?done=saved' }
      : { message: zhAdminHouseholds.register.success, redirectTo: `/admin/households/${id}?saved=registered` },
});

// ---------------------------------------------------------------------------------------------
// The form coming back (./households.server.ts): "增加5行成员", or a refusal. A browser cannot refill a
// file input, so the photo the official had chosen is gone, with JavaScript or without. It is not kept on
// the server either: before the household exists a stored upload would be a private file that belongs to
// nobody and would need its own expiry. Instead the form says, next to the photo field, to choose it again.

/** "Add rows": the form comes back as typed, with more member rows; nothing is written. */
export function moreRowsState(form: FormData): FormState {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return { ok: false, message: zhAdminHouseholds.members.added(memberRowCount(values) - 1), fieldErrors: {}, values };
}

/**
 * A form that comes back after a photo was chosen, with the message next to the photo field that it must
 * be chosen again (naming the file). A refused photo keeps its own message, which already asks for another.
 */
export function askPhotoAgain(form: FormData, state: FormState): FormState {
  const photo = form.get('photo');
  if (state.ok !== false || photo === null || typeof photo === 'string' || photo.size === 0 || state.fieldErrors.photo) return state;
  const name = photo.name.length > 40 ? `${photo.name.slice(0, 39)}…` : photo.name;
  return { ...state, fieldErrors: { ...state.fieldErrors, photo: zhAdminFileInputs.photoAgain(name) } };
}

// ---------------------------------------------------------------------------------------------
// 修改: edit every field while the household is only registered (not on a published notice).

export const updateHousehold = officialAction({
  action: 'household.update',
  schema: updateSchema,
  conflicts,
  async run(ctx, input) {
    const { tx } = ctx;
    // Locks the household and its private row until commit: a publish of a notice listing it waits.
    const [current] = await tx
      .select({
        id: households.id,
        programmeId: households.programmeId,
        status: households.status,
        ...annexOneColumns,
        photo: householdPrivate.photo,
      })
      .from(households)
      .innerJoin(householdPrivate, eq(householdPrivate.householdId, households.id))
      .where(eq(households.id, input.householdId))
      .for('update');
    if (!current) throw new Refusal(t.notFound);
    ctx.authorize(current.villageCode);
    if (input.villageCode !== current.villageCode) {
      ctx.authorize(input.villageCode);
      await requireVillage(tx, input.villageCode);
    }
    if (current.status !== 'registered') throw new Refusal(t.notEditable);

    // A draft notice lists households of its own village and year: moving one would break the draft.
    if (input.villageCode !== current.villageCode || input.year !== current.year) {
      const [onDraft] = await tx
        .select({ id: notices.id })
        .from(noticeEntries)
        .innerJoin(notices, eq(notices.id, noticeEntries.noticeId))
        .where(and(eq(noticeEntries.householdId, current.id), eq(notices.status, 'draft')))
        .limit(1);
      if (onDraft) {
        const field = input.villageCode !== current.villageCode ? 'villageCode' : 'year';
        throw new Refusal(t.onDraft, { [field]: t.onDraft });
      }
    }

    const [programme] = await tx.select(programmeColumns).from(programmes).where(eq(programmes.id, current.programmeId)).for('share');
    if (!programme) throw new Error(`household ${current.id} has no programme`);
    // The sizes are not on this form: they are counted from the members (members page, migration 0017).
    const newPhoto = await checkAll(input, programme, ctx.now);

    const changed: string[] = householdFormFields.filter((field) => input[field] !== current[field]);
    const photo = newPhoto ?? (input.removePhoto ? null : current.photo);
    if (photo !== current.photo) changed.push('photo');
    if (changed.length === 0) return { id: current.id, changed };

    const rows = rowsOf(input);
    await tx.update(households).set({ ...rows.public, updatedAt: ctx.now }).where(eq(households.id, current.id));
    await tx.update(householdPrivate).set({ ...rows.private, photo }).where(eq(householdPrivate.householdId, current.id));
    // Names of the changed fields only: their values may be private.
    await ctx.audit({ action: 'household.update', entityType: 'household', entityId: current.id, summary: { changed } });
    return { id: current.id, changed };
  },
  success: ({ id, changed }) =>
    changed.length === 0
      ? { message: zhAdminHouseholds.edit.unchanged }
      : { message: zhAdminHouseholds.edit.success(changed.length), redirectTo: `/admin/households/${id}?saved=updated` },
});
