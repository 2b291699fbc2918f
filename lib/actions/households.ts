// Registering and editing households (帮扶对象) with the fields of annex 1 (帮扶对象登记表).
// The zod schema checks each field's shape and the certificate number's own structure; `run` checks
// what needs the server's clock or the database (age against the birth date today, the programme's
// income threshold and years, the village, the household's status) inside the transaction.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { householdPrivate, households, noticeEntries, notices, programmes } from '@/db/schema';
import {
  chinaDateString,
  checkCertificateAgainstForm,
  checkEligibility,
  maskName,
  parseCertificate,
} from '@/lib/domain';
import { PHOTO_STORED_TYPE, reencodePhoto } from '@/lib/images/photo';
import { currentProgramme } from '@/lib/data/programme';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { formatError } from '@/lib/i18n/zh-errors';
import { emptyToNull, halfWidth, optionalText, requiredText, trimmed, wholeNumber } from './fields';
import { officialAction, Refusal, type FieldErrors } from './core';
import { villageRefusalIn, villageRefusalMessage } from './village';

const t = zhAdminHouseholds.errors;

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
  householdSize: wholeNumber(t.householdSize, 1, 99, t.householdSizeRange),
  disabledMembers: wholeNumber(t.disabledMembers, 1, 99, t.disabledMembersRange),
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

/** What the certificate number says by itself, and the household's own arithmetic: no clock needed. */
function checkShape(v: HouseholdInput, ctx: z.RefinementCtx) {
  if (typeof v.certificateNumber === 'string' && v.certificateNumber !== '') {
    const parsed = parseCertificate(v.certificateNumber);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: formatError(parsed.error) });
  }
  if (Number.isInteger(v.householdSize) && Number.isInteger(v.disabledMembers) && v.disabledMembers > v.householdSize) {
    ctx.addIssue({ code: 'custom', path: ['disabledMembers'], message: formatError('disabled_exceeds_size') });
  }
}

const registerSchema = z.object(householdFields).superRefine(checkShape);

const updateSchema = z
  .object({
    householdId: wholeNumber(t.householdId, 1, 2_147_483_647, t.householdId),
    // A checkbox sends 'on' when ticked and nothing otherwise.
    removePhoto: z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean()),
    ...householdFields,
  })
  .superRefine(checkShape);

// ---------------------------------------------------------------------------------------------
// Rules that need the database or the clock.

type Programme = { id: number; startYear: number; endYear: number; incomeThreshold: number };

const programmeColumns = {
  id: programmes.id,
  startYear: programmes.startYear,
  endYear: programmes.endYear,
  incomeThreshold: programmes.incomeThreshold,
};

/** The form against the programme and the certificate, one message per field (the first found). */
function ruleErrors(input: HouseholdInput, programme: Programme, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  if (input.year < programme.startYear || input.year > programme.endYear) {
    errors.year = t.yearRange(programme.startYear, programme.endYear);
  }
  const today = chinaDateString(now);
  const form = { age: input.age, sex: input.sex, category: input.disabilityCategory, grade: input.disabilityGrade };
  for (const { field, error } of checkCertificateAgainstForm(input.certificateNumber, form, today)) {
    errors[field] ??= formatError(error);
  }
  const facts = { incomePerCapita: input.incomePerCapita, householdSize: input.householdSize, disabledMembers: input.disabledMembers };
  for (const { field, error } of checkEligibility(facts, programme)) {
    errors[field] ??= formatError(error, { threshold: programme.incomeThreshold });
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

/** Rule and photo errors together, so the official sees every problem at once. */
async function checkAll(input: HouseholdInput, programme: Programme, now: Date): Promise<string | null> {
  const errors = ruleErrors(input, programme, now);
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
      householdSize: input.householdSize,
      disabledMembers: input.disabledMembers,
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
// 登记: register a household in a village of the official's region.

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
    const photo = await checkAll(input, programme, ctx.now);
    const rows = rowsOf(input);
    const [created] = await tx
      .insert(households)
      .values({ ...rows.public, programmeId: programme.id, status: 'registered', createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: households.id });
    if (!created) throw new Error('household insert returned nothing');
    await tx.insert(householdPrivate).values({ ...rows.private, householdId: created.id, programmeId: programme.id, photo });
    await ctx.audit({
      action: 'household.register',
      entityType: 'household',
      entityId: created.id,
      summary: { villageCode: input.villageCode, year: input.year },
    });
    return { id: created.id };
  },
  success: ({ id }) => ({ message: zhAdminHouseholds.register.success, redirectTo: `/admin/households/${id}?saved=registered` }),
});

// ---------------------------------------------------------------------------------------------
// 修改: edit every field while the household is only registered (not on a published notice).

const COMPARED = [
  'year',
  'villageCode',
  'villageGroup',
  'fullName',
  'sex',
  'ethnicity',
  'age',
  'certificateNumber',
  'disabilityCategory',
  'disabilityGrade',
  'householdSize',
  'disabledMembers',
  'phone',
  'incomePerCapita',
  'address',
  'employmentIntention',
] as const;

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
        year: households.year,
        villageCode: households.villageCode,
        villageGroup: households.villageGroup,
        fullName: householdPrivate.fullName,
        sex: households.sex,
        ethnicity: householdPrivate.ethnicity,
        age: households.age,
        certificateNumber: householdPrivate.certificateNumber,
        disabilityCategory: households.disabilityCategory,
        disabilityGrade: households.disabilityGrade,
        householdSize: households.householdSize,
        disabledMembers: households.disabledMembers,
        phone: householdPrivate.phone,
        incomePerCapita: households.incomePerCapita,
        address: householdPrivate.address,
        employmentIntention: householdPrivate.employmentIntention,
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
    const newPhoto = await checkAll(input, programme, ctx.now);
    // Once registered, the sizes are counted from the members (migration 0017): changed on the members page.
    const counted: FieldErrors = {};
    if (input.householdSize !== current.householdSize) counted.householdSize = zhAdminMembers.errors.countedSize;
    if (input.disabledMembers !== current.disabledMembers) counted.disabledMembers = zhAdminMembers.errors.countedSize;
    if (Object.keys(counted).length > 0) throw new Refusal(zhAdmin.errors.fixFields, counted);

    const changed: string[] = COMPARED.filter((field) => input[field] !== current[field]);
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
