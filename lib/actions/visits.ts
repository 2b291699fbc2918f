// Return visits (定期回访): the township DPF and the village Party organisation (and the township Party
// committee) log each visit to a filed household: when, who, what they found and what they suggest.
// The audit row keeps the date only; who visited and what was found stay in the visits table.
import { z } from 'zod';
import { visits } from '@/db/schema';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { officialAction } from './core';
import { idField } from './fields';
import { dateField, lockFiledHousehold, optionalText, refuseFutureDates, requiredText } from './help-target';

const t = zhAdminHelp.errors;

export const recordVisit = officialAction({
  action: 'visit.record',
  schema: z.object({
    householdId: idField(t.householdId),
    visitedOn: dateField(t.visitedOn),
    visitor: requiredText(t.visitor, 50),
    findings: requiredText(t.findings, 1000),
    suggestions: optionalText(1000),
  }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    refuseFutureDates({ visitedOn: input.visitedOn }, ctx.now);
    const [row] = await ctx.tx
      .insert(visits)
      .values({
        householdId: household.id,
        visitedOn: input.visitedOn,
        visitor: input.visitor,
        findings: input.findings,
        suggestions: input.suggestions,
        createdBy: ctx.official.id,
        createdAt: ctx.now,
      })
      .returning({ id: visits.id });
    await ctx.audit({
      action: 'visit.record',
      entityType: 'household',
      entityId: household.id,
      summary: { visitId: row!.id, visitedOn: input.visitedOn },
    });
    return { householdId: household.id };
  },
  success: (v) => ({ message: zhAdminHelp.success.visit, redirectTo: `/admin/help/${v.householdId}?saved=visit` }),
});
