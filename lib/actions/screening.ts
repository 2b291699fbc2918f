// Screening refusals (筛查未通过, issue 10 item 2): a household the village or township screened and
// found not eligible is kept, privately, with the condition it fails and the reason, so a county can
// count screened against eligible. One insert of the public-safe row and its private row, audited in the
// same transaction (the audit holds the village, year and condition: no name, no reason).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { regions, screeningCriteria, screeningRefusalPrivate, screeningRefusals, type ScreeningCriterion } from '@/db/schema';
import { currentProgramme } from '@/lib/data/programme';
import { SCREENING_CRITERIA } from '@/lib/domain/eligibility';
import { chinaDateString, isRealDate } from '@/lib/domain/time';
import { zhAdminScreening } from '@/lib/i18n/zh-admin-screening';
import { officialAction, Refusal, type ActionContext } from './core';
import { publishedText } from './published-text';

const t = zhAdminScreening;
const e = t.errors;

const realDate = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return isRealDate(y, m, d);
};

export const recordScreeningRefusal = officialAction({
  action: 'household.register',
  schema: z.object({
    villageCode: z.string({ error: e.villageCode }).regex(/^[0-9]{12}$/, e.villageCode),
    year: z.coerce.number({ error: e.year }).int(e.year).min(1000, e.year).max(9999, e.year),
    fullName: z.string({ error: e.fullName }).trim().min(1, e.fullName).max(50, e.fullNameLong),
    criterion: z.enum(screeningCriteria, { error: e.criterion }),
    // Private, but kept free of ID, certificate and mobile numbers all the same (minimum necessary).
    reason: publishedText(z.string({ error: e.reason }).trim().min(1, e.reason).max(500, e.reasonLong)),
    screenedOn: z.string({ error: e.screenedOn }).regex(/^\d{4}-\d{2}-\d{2}$/, e.screenedOn).refine(realDate, e.screenedOn),
  }),
  async run(ctx, input) {
    const [village] = await ctx.tx
      .select({ code: regions.code })
      .from(regions)
      .where(and(eq(regions.code, input.villageCode), eq(regions.level, 'village')));
    if (!village) throw new Refusal(e.villageUnknown, { villageCode: e.villageUnknown });
    ctx.authorize(village.code);
    const programme = await currentProgramme(ctx.tx);
    if (!programme) throw new Refusal(e.noProgramme);
    if (input.year < programme.startYear || input.year > programme.endYear) {
      const message = e.yearRange(programme.startYear, programme.endYear);
      throw new Refusal(message, { year: message });
    }
    if (input.screenedOn > chinaDateString(ctx.now)) throw new Refusal(e.screenedOnFuture, { screenedOn: e.screenedOnFuture });
    return insertScreeningRefusal(ctx, programme, { ...input, villageCode: village.code });
  },
  success: () => ({ message: t.saved, redirectTo: '/admin/screening?done=saved' }),
});

// The conditions registration computes from the members (lib/domain/eligibility.ts) are codes of this
// form's list: a refusal recorded from the registration form counts like one screened on paper.
SCREENING_CRITERIA satisfies readonly ScreeningCriterion[];

/** The refusal and its private row, audited (village, year, condition: no name, no reason), in the caller's transaction. */
export async function insertScreeningRefusal(
  ctx: ActionContext,
  programme: { id: number },
  input: { villageCode: string; year: number; fullName: string; criterion: ScreeningCriterion; reason: string; screenedOn: string },
): Promise<{ id: number }> {
  const [row] = await ctx.tx
    .insert(screeningRefusals)
    .values({
      programmeId: programme.id,
      year: input.year,
      villageCode: input.villageCode,
      criterion: input.criterion,
      screenedOn: input.screenedOn,
      recordedBy: ctx.official.id,
      createdAt: ctx.now,
    })
    .returning({ id: screeningRefusals.id });
  await ctx.tx.insert(screeningRefusalPrivate).values({ refusalId: row!.id, fullName: input.fullName, reason: input.reason });
  await ctx.audit({
    action: 'screening.refuse',
    entityType: 'screening_refusal',
    entityId: row!.id,
    summary: { villageCode: input.villageCode, year: input.year, criterion: input.criterion, screenedOn: input.screenedOn },
  });
  return { id: row!.id };
}
