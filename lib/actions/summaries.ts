// A county's annual summary (总结验收): save a draft any time, submit once. The figures are never
// typed: they are computed from the records inside the transaction, stored with every save, and
// frozen at submission. After submission the report is read-only (no resubmission is needed).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { annualSummaries, programmes, regions } from '@/db/schema';
import { computeSummaryFigures, summaryFigureColumns, type SummaryFigures } from '@/lib/data/officials/summaries';
import {
  canEditSummary,
  canSubmitSummary,
  isLateStatus,
  summaryStatus,
  SUMMARY_NOTES_MAX,
  SUMMARY_TEXT_MAX,
  SUMMARY_TEXT_MIN,
} from '@/lib/domain/summary';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { officialAction, Refusal, type ActionContext } from './core';
import { publishedText } from './published-text';

const t = zhAdminPlan.summary;
const e = t.errors;

const target = {
  programmeId: z.coerce.number({ error: e.programme }).int(e.programme).positive(e.programme),
  countyCode: z.string({ error: e.county }).regex(/^\d{6}$/, e.county),
  year: z.coerce.number({ error: e.year }).int(e.year).min(1000, e.year).max(9999, e.year),
  notes: z.string().trim().max(SUMMARY_NOTES_MAX, e.notesTooLong(SUMMARY_NOTES_MAX)).default(''),
};

const draftSchema = z.object({
  ...target,
  summary: z.string().trim().max(SUMMARY_TEXT_MAX, e.summaryTooLong(SUMMARY_TEXT_MAX)).default(''),
});

const submitSchema = z.object({
  ...target,
  // Published on the county's public page once submitted (issue 10 item 4): no personal numbers.
  summary: publishedText(
    z
      .string({ error: e.summaryRequired })
      .trim()
      .min(1, e.summaryRequired)
      .min(SUMMARY_TEXT_MIN, e.summaryTooShort(SUMMARY_TEXT_MIN))
      .max(SUMMARY_TEXT_MAX, e.summaryTooLong(SUMMARY_TEXT_MAX)),
  ),
  // A checkbox: absent when not ticked. Submission cannot be undone, so it is asked for explicitly.
  confirm: z.literal('yes', { error: e.confirmRequired }),
});

type Target = { programmeId: number; countyCode: string; year: number };
export type SummarySaved = { id: number; countyCode: string; year: number; figures: SummaryFigures };

/**
 * Checks the programme, year and county, authorizes the county, and returns its report row locked
 * (created as an empty draft first if there is none, so that two first saves cannot both insert).
 */
async function lockReport(ctx: ActionContext, input: Target) {
  const [programme] = await ctx.tx.select().from(programmes).where(eq(programmes.id, input.programmeId));
  if (!programme) throw new Refusal(e.programme);
  if (input.year < programme.startYear || input.year > programme.endYear) {
    const message = e.yearRange(programme.startYear, programme.endYear);
    throw new Refusal(message, { year: message });
  }
  const [county] = await ctx.tx
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, input.countyCode), eq(regions.level, 'county'), eq(regions.parentCode, programme.cityCode)));
  if (!county) throw new Refusal(e.countyUnknown);
  ctx.authorize(county.code);

  const key = and(
    eq(annualSummaries.programmeId, programme.id),
    eq(annualSummaries.countyCode, county.code),
    eq(annualSummaries.year, input.year),
  );
  const [existing] = await ctx.tx.select().from(annualSummaries).where(key).for('update');
  if (existing) return existing;
  await ctx.tx
    .insert(annualSummaries)
    .values({ programmeId: programme.id, countyCode: county.code, year: input.year, updatedAt: ctx.now })
    .onConflictDoNothing();
  const [row] = await ctx.tx.select().from(annualSummaries).where(key).for('update');
  if (!row) throw new Error('annual summary row vanished after insert');
  return row;
}

export const saveSummaryDraft = officialAction({
  action: 'summary.write',
  schema: draftSchema,
  async run(ctx, input): Promise<SummarySaved> {
    const row = await lockReport(ctx, input);
    if (!canEditSummary(row)) throw new Refusal(e.alreadySubmitted);
    const figures = await computeSummaryFigures(ctx.tx, input);
    await ctx.tx
      .update(annualSummaries)
      .set({
        ...summaryFigureColumns(figures),
        notes: input.notes,
        summary: input.summary,
        updatedAt: ctx.now,
      })
      .where(eq(annualSummaries.id, row.id));
    // Figures only: the county's own text stays out of the log (it may name people).
    await ctx.audit({
      action: 'summary.save',
      entityType: 'annual_summary',
      entityId: row.id,
      summary: { countyCode: row.countyCode, year: row.year, status: 'draft', ...summaryFigureColumns(figures) },
    });
    return { id: row.id, countyCode: row.countyCode, year: row.year, figures };
  },
  success: () => ({ message: t.draftSaved }),
});

export const submitSummary = officialAction({
  action: 'summary.write',
  schema: submitSchema,
  async run(ctx, input): Promise<SummarySaved> {
    const row = await lockReport(ctx, input);
    const allowed = canSubmitSummary(row, row.year, ctx.now);
    if (!allowed.ok) throw new Refusal(allowed.reason === 'already_submitted' ? e.alreadySubmitted : e.yearNotStarted);
    const figures = await computeSummaryFigures(ctx.tx, input);
    await ctx.tx
      .update(annualSummaries)
      .set({
        status: 'submitted',
        ...summaryFigureColumns(figures),
        notes: input.notes,
        summary: input.summary,
        submittedAt: ctx.now,
        submittedBy: ctx.official.id,
        updatedAt: ctx.now,
      })
      .where(eq(annualSummaries.id, row.id));
    const status = summaryStatus({ status: 'submitted', submittedAt: ctx.now }, row.year, ctx.now);
    await ctx.audit({
      action: 'summary.submit',
      entityType: 'annual_summary',
      entityId: row.id,
      summary: { countyCode: row.countyCode, year: row.year, status, late: isLateStatus(status), ...summaryFigureColumns(figures) },
    });
    return { id: row.id, countyCode: row.countyCode, year: row.year, figures };
  },
  success: (saved) => ({
    message: t.submittedMessage,
    redirectTo: `/admin/summaries/${saved.countyCode}/${saved.year}?submitted=1`,
  }),
});
