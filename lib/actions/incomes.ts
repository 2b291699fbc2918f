// Income follow-up (收入跟踪): a filed household's per-capita net income (年人均纯收入) for a year is
// recorded once ('income.record'; the database's unique key refuses a second one), may be corrected
// until the county confirms it ('income.confirm'), and is frozen after that. A confirmed figure at or
// above the programme threshold means the household has left poverty (lib/domain/income).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { incomeRecords } from '@/db/schema';
import { canEditIncome, incomeYears, povertyExitYear } from '@/lib/domain/income';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { officialAction, Refusal, type ActionContext } from './core';
import { idField, wholeNumber } from './fields';
import { lockFiledHousehold, type FiledHousehold } from './help-target';

const t = zhAdminHelp.errors;
const incomeField = wholeNumber(t.incomePerCapita, 0, 10_000_000, t.incomeRange);

const yearPage = (householdId: number, saved: string) => `/admin/incomes/${householdId}?saved=${saved}`;

export const recordIncome = officialAction({
  action: 'income.record',
  schema: z.object({
    householdId: idField(t.householdId),
    year: wholeNumber(t.year, 1900, 2100, t.year),
    incomePerCapita: incomeField,
  }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    const years = incomeYears(household.year, ctx.now);
    if (input.year < years.from || input.year > years.to) {
      const message = t.yearRange(years.from, years.to);
      throw new Refusal(message, { year: message });
    }
    const [row] = await ctx.tx
      .insert(incomeRecords)
      .values({
        householdId: household.id,
        year: input.year,
        incomePerCapita: input.incomePerCapita,
        recordedBy: ctx.official.id,
        createdAt: ctx.now,
      })
      .returning({ id: incomeRecords.id });
    await ctx.audit({
      action: 'income.record',
      entityType: 'household',
      entityId: household.id,
      summary: { recordId: row!.id, year: input.year, incomePerCapita: input.incomePerCapita },
    });
    return { householdId: household.id };
  },
  success: (v) => ({ message: zhAdminHelp.success.incomeRecorded, redirectTo: yearPage(v.householdId, 'recorded') }),
  conflicts: { income_records_household_year_uq: { field: 'year', message: t.incomeDuplicate } },
});

/**
 * The record and its household, locked household first (the order every income action uses, so two
 * of them never wait on each other crosswise), after the region check on the household.
 */
async function lockRecord(ctx: ActionContext, recordId: number): Promise<{ household: FiledHousehold; record: typeof incomeRecords.$inferSelect }> {
  const [peek] = await ctx.tx.select({ householdId: incomeRecords.householdId }).from(incomeRecords).where(eq(incomeRecords.id, recordId));
  if (!peek) throw new Refusal(t.recordId, { recordId: t.recordId });
  const household = await lockFiledHousehold(ctx, peek.householdId);
  const [record] = await ctx.tx
    .select()
    .from(incomeRecords)
    .where(and(eq(incomeRecords.id, recordId), eq(incomeRecords.householdId, household.id)))
    .for('update');
  if (!record) throw new Refusal(t.recordId, { recordId: t.recordId });
  return { household, record };
}

export const updateIncome = officialAction({
  action: 'income.record',
  schema: z.object({ recordId: idField(t.recordId), incomePerCapita: incomeField }),
  async run(ctx, input) {
    const { household, record } = await lockRecord(ctx, input.recordId);
    if (!canEditIncome({ confirmed: record.confirmedAt !== null })) {
      throw new Refusal(t.incomeConfirmed, { incomePerCapita: t.incomeConfirmed });
    }
    await ctx.tx.update(incomeRecords).set({ incomePerCapita: input.incomePerCapita, recordedBy: ctx.official.id }).where(eq(incomeRecords.id, record.id));
    await ctx.audit({
      action: 'income.update',
      entityType: 'household',
      entityId: household.id,
      summary: { recordId: record.id, year: record.year, from: record.incomePerCapita, to: input.incomePerCapita },
    });
    return { householdId: household.id };
  },
  success: (v) => ({ message: zhAdminHelp.success.incomeUpdated, redirectTo: yearPage(v.householdId, 'updated') }),
});

export const confirmIncome = officialAction({
  action: 'income.confirm',
  schema: z.object({ recordId: idField(t.recordId) }),
  async run(ctx, input) {
    const { household, record } = await lockRecord(ctx, input.recordId);
    if (record.confirmedAt !== null) throw new Refusal(t.alreadyConfirmed);
    await ctx.tx.update(incomeRecords).set({ confirmedBy: ctx.official.id, confirmedAt: ctx.now }).where(eq(incomeRecords.id, record.id));
    const figures = await ctx.tx
      .select({ year: incomeRecords.year, incomePerCapita: incomeRecords.incomePerCapita, confirmedAt: incomeRecords.confirmedAt })
      .from(incomeRecords)
      .where(eq(incomeRecords.householdId, household.id));
    const exitYear = povertyExitYear(
      figures.map((f) => ({ year: f.year, incomePerCapita: f.incomePerCapita, confirmed: f.confirmedAt !== null })),
      household.incomeThreshold,
    );
    await ctx.audit({
      action: 'income.confirm',
      entityType: 'household',
      entityId: household.id,
      summary: {
        recordId: record.id,
        year: record.year,
        incomePerCapita: record.incomePerCapita,
        threshold: household.incomeThreshold,
        outOfPovertySince: exitYear,
      },
    });
    return { householdId: household.id, exitYear };
  },
  success: (v) => ({ message: zhAdminHelp.success.incomeConfirmed, redirectTo: yearPage(v.householdId, 'confirmed') }),
});
