// Return visits (定期回访): the township DPF and the village Party organisation (and the township Party
// committee) log each visit to a filed household: when, who, what they found and what they suggest.
// A visit can be corrected afterwards. The audit row keeps the date only; who visited and what was
// found stay in the visits table.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { visits } from '@/db/schema';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { officialAction, Refusal } from './core';
import { editedIdField, idField } from './fields';
import { dateField, lockFiledHousehold, optionalText, refuseFutureDates, requiredText } from './help-target';

const t = zhAdminHelp.errors;

/** Records a visit, or, with `visitId`, corrects one of this household's visits (a wrong date, a typo). */
export const saveVisit = officialAction({
  action: 'visit.record',
  schema: z.object({
    householdId: idField(t.householdId),
    visitId: editedIdField(t.visitId),
    visitedOn: dateField(t.visitedOn),
    visitor: requiredText(t.visitor, 50),
    findings: requiredText(t.findings, 1000),
    suggestions: optionalText(1000),
  }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    refuseFutureDates({ visitedOn: input.visitedOn }, ctx.now);
    const fields = { visitedOn: input.visitedOn, visitor: input.visitor, findings: input.findings, suggestions: input.suggestions };
    const [row] =
      input.visitId === undefined
        ? await ctx.tx
            .insert(visits)
            .values({ householdId: household.id, ...fields, createdBy: ctx.official.id, createdAt: ctx.now })
            .returning({ id: visits.id })
        : await ctx.tx
            .update(visits)
            .set(fields)
            .where(and(eq(visits.id, input.visitId), eq(visits.householdId, household.id)))
            .returning({ id: visits.id });
    if (!row) throw new Refusal(t.visitId, { visitId: t.visitId });
    const updated = input.visitId !== undefined;
    await ctx.audit({
      action: updated ? 'visit.update' : 'visit.record',
      entityType: 'household',
      entityId: household.id,
      summary: { visitId: row.id, visitedOn: input.visitedOn },
    });
    return { householdId: household.id, updated };
  },
  success: (v) =>
    v.updated
      ? { message: zhAdminHelp.success.updated, redirectTo: `/admin/help/${v.householdId}?saved=updated` }
      : { message: zhAdminHelp.success.visit, redirectTo: `/admin/help/${v.householdId}?saved=visit` },
});
