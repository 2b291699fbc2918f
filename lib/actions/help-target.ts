// What the help-measure, visit and income actions share: the filed household (建档户) they act on,
// locked and authorised the same way each time, and the shapes of their form fields (dates, yuan, text).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { households, programmes } from '@/db/schema';
import { isAfterToday } from '@/lib/domain/help';
import { parseDateString } from '@/lib/domain/time';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { Refusal, type ActionContext } from './core';
import { asciiTrimmed, requiredText as textField, trimmed, wholeNumber } from './fields';

const t = zhAdminHelp.errors;

export function requiredText(missing: string, max: number, tooLong = t.textLong(max)) {
  return textField(missing, max, tooLong);
}

export function optionalText(max: number) {
  return z.preprocess((v) => trimmed(v ?? ''), z.string().max(max, t.textLong(max)));
}

/** 'YYYY-MM-DD' of a real day, not before 2000. Whether it lies in the future needs `now`: see `refuseFutureDates`. */
export function dateField(missing: string) {
  return z.preprocess(
    asciiTrimmed,
    z
      .string({ error: missing })
      .min(1, missing)
      .refine((s) => isRealDateString(s), t.dateInvalid)
      .refine((s) => !isRealDateString(s) || s >= '2000-01-01', t.dateTooEarly),
  );
}

function isRealDateString(s: string): boolean {
  try {
    parseDateString(s);
    return true;
  } catch {
    return false;
  }
}

/** Whole yuan, at least 1 (a loan or a grant of nothing is a typo). */
export const yuanField = wholeNumber(t.amountYuan, 1, 10_000_000, t.amountRange);

/** Refuses, field by field, every date that lies after today in China at `now`. */
export function refuseFutureDates(dates: Record<string, string>, now: Date): void {
  const fieldErrors: Record<string, string> = {};
  for (const [field, value] of Object.entries(dates)) if (isAfterToday(value, now)) fieldErrors[field] = t.dateFuture;
  if (Object.keys(fieldErrors).length > 0) throw new Refusal(t.dateFuture, fieldErrors);
}

export type FiledHousehold = {
  id: number;
  villageCode: string;
  year: number;
  programmeId: number;
  incomeThreshold: number;
};

/**
 * Locks the household row (so that counts such as "at most two helpers" hold under concurrent
 * requests), checks the official may act in its village, and refuses unless it has been filed.
 * The region is checked before the filing so that nothing about a household outside it is revealed.
 */
export async function lockFiledHousehold(ctx: ActionContext, householdId: number): Promise<FiledHousehold> {
  const [row] = await ctx.tx
    .select({
      id: households.id,
      villageCode: households.villageCode,
      year: households.year,
      programmeId: households.programmeId,
      filedAt: households.filedAt,
    })
    .from(households)
    .where(eq(households.id, householdId))
    .for('update');
  if (!row) throw new Refusal(t.notFound, { householdId: t.householdId });
  ctx.authorize(row.villageCode);
  if (row.filedAt === null) throw new Refusal(t.notFiled);
  const [programme] = await ctx.tx
    .select({ incomeThreshold: programmes.incomeThreshold })
    .from(programmes)
    .where(eq(programmes.id, row.programmeId));
  return { id: row.id, villageCode: row.villageCode, year: row.year, programmeId: row.programmeId, incomeThreshold: programme!.incomeThreshold };
}
