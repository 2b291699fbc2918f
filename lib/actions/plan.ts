// Saving the allocation plan (年度任务分配计划): every county's target per programme year and the
// programme's overall target, in ONE transaction. The form posts every cell plus what it showed
// (`previous`); only cells the official changed are written, and a cell someone else changed since the
// page was opened refuses the whole save rather than silently overwriting their figure.
// Counties may add households beyond their allocation (docs/DOMAIN.md), so a target below the households
// already passed is accepted; the plan page marks it.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { allocations, programmes } from '@/db/schema';
import { countiesOf } from '@/lib/data/officials/plan';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';
import { officialAction, Refusal, type FieldErrors } from './core';
import { halfWidth } from './fields';

const t = zhAdminPlan.plan.errors;

/** Above any county's or the city's real figure; keeps a typo (an extra zero or two) out. */
export const MAX_HOUSEHOLDS = 100_000;

const CELL_FIELD = /^allocation-(\d{6})-(\d{4})$/;

/** The form field of one county's target for one year, e.g. 'allocation-220802-2026'. */
export function allocationField(countyCode: string, year: number): string {
  return `allocation-${countyCode}-${year}`;
}

/** A whole number of households ≥ 0 from a form string (or a number, from tests and scripts). */
function households(required: string) {
  return z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? halfWidth(v).trim() : v),
    z
      .string({ error: required })
      .min(1, required)
      .regex(/^\d+$/, t.invalid)
      .transform(Number)
      .refine((n) => n <= MAX_HOUSEHOLDS, t.tooLarge(MAX_HOUSEHOLDS)),
  );
}

const schema = z
  .object({
    programmeId: z.coerce.number({ error: t.programme }).int(t.programme).positive(t.programme),
    targetHouseholds: households(t.targetRequired),
    /** JSON of the figures the form showed: field name → number (null: no allocation yet). */
    previous: z.string().optional(),
  })
  // Every other field is one cell of the table; its name says which county and year (checked in run).
  // A blank cell is a county-year without an allocation (e.g. 220871, which annex 2 leaves out).
  .catchall(
    z.preprocess((v) => (typeof v === 'string' && halfWidth(v).trim() === '' ? null : v), households(t.cellRequired).nullable()),
  );

type Change = { countyCode: string; county: string; year: number; from: number | null; to: number };
export type PlanSaved = { cells: Change[]; targetHouseholds: { from: number; to: number } | null };

function parsePrevious(raw: string | undefined): Record<string, number | null> | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, number | null>) : null;
  } catch {
    return null; // a mangled hidden field: compare with the database alone
  }
}

export const setAllocationPlan = officialAction({
  action: 'allocation.set',
  schema,
  async run(ctx, input): Promise<PlanSaved> {
    const { programmeId, targetHouseholds, previous: previousJson, ...cellInput } = input;
    const [programme] = await ctx.tx.select().from(programmes).where(eq(programmes.id, programmeId)).for('update');
    if (!programme) throw new Refusal(t.programme);
    ctx.authorize(programme.cityCode);

    const counties = new Map((await countiesOf(ctx.tx, programme.cityCode)).map((c) => [c.code, c.name]));
    const cells: { field: string; countyCode: string; year: number; value: number | null }[] = [];
    const errors: FieldErrors = {};
    for (const [field, value] of Object.entries(cellInput)) {
      const match = CELL_FIELD.exec(field);
      if (!match) throw new Refusal(t.unknownCell);
      const countyCode = match[1]!;
      const year = Number(match[2]);
      if (!counties.has(countyCode)) errors[field] = t.county;
      else if (year < programme.startYear || year > programme.endYear) errors[field] = t.year(programme.startYear, programme.endYear);
      else {
        ctx.authorize(countyCode);
        cells.push({ field, countyCode, year, value: value as number | null });
      }
    }
    if (Object.keys(errors).length > 0) throw new Refusal(zhAdmin.errors.fixFields, errors);

    // Lock the whole plan of this programme: a concurrent save waits, then sees our figures.
    const existing = await ctx.tx
      .select({ countyCode: allocations.countyCode, year: allocations.year, target: allocations.targetHouseholds })
      .from(allocations)
      .where(eq(allocations.programmeId, programme.id))
      .for('update');
    const current = new Map(existing.map((row) => [allocationField(row.countyCode, row.year), row.target]));
    // Blank stays blank only where there is no allocation: an allocation is never removed, only set to 0.
    for (const cell of cells) if (cell.value === null && current.has(cell.field)) errors[cell.field] = t.cellRequired;
    if (Object.keys(errors).length > 0) throw new Refusal(zhAdmin.errors.fixFields, errors);
    const previous = parsePrevious(previousJson);
    const shown = (field: string, now: number | null) => (previous && field in previous ? previous[field] ?? null : now);

    const changes: Change[] = [];
    for (const cell of cells) {
      if (cell.value === null) continue; // no allocation, and none asked for
      const now = current.get(cell.field) ?? null;
      const before = shown(cell.field, now);
      if (cell.value === before) continue; // not touched by this official
      if (before !== now) errors[cell.field] = t.changedMeanwhile;
      else changes.push({ countyCode: cell.countyCode, county: counties.get(cell.countyCode)!, year: cell.year, from: now, to: cell.value });
    }
    const targetBefore = shown('targetHouseholds', programme.targetHouseholds);
    const targetChanged = targetHouseholds !== targetBefore;
    if (targetChanged && targetBefore !== programme.targetHouseholds) errors.targetHouseholds = t.changedMeanwhile;
    if (Object.keys(errors).length > 0) throw new Refusal(t.changedMeanwhileSummary, errors);

    for (const change of changes) {
      await ctx.tx
        .insert(allocations)
        .values({ programmeId: programme.id, countyCode: change.countyCode, year: change.year, targetHouseholds: change.to })
        .onConflictDoUpdate({
          target: [allocations.programmeId, allocations.countyCode, allocations.year],
          set: { targetHouseholds: change.to },
        });
    }
    const target = targetChanged ? { from: programme.targetHouseholds, to: targetHouseholds } : null;
    if (target) {
      await ctx.tx.update(programmes).set({ targetHouseholds }).where(eq(programmes.id, programme.id));
    }
    if (changes.length === 0 && !target) return { cells: [], targetHouseholds: null };

    // Public figures only: which county, which year, the old and the new number.
    await ctx.audit({
      action: 'allocation.set',
      entityType: 'programme',
      entityId: programme.id,
      summary: {
        cells: changes.map(({ countyCode, year, from, to }) => ({ countyCode, year, from, to })),
        ...(target ? { targetHouseholds: target } : {}),
      },
    });
    return { cells: changes, targetHouseholds: target };
  },
  success: (saved) => ({ message: zhAdminPlan.plan.saved(saved.cells.length, saved.targetHouseholds !== null) }),
});
