// Help measures (帮扶措施) for a filed household: the paired Party cadre (结对帮扶), one or two helpers
// (帮扶人), income projects (增收项目), the guarantees secured (低保、新农合、新农保、住房保障), village-enterprise
// jobs, micro-loans and DPF funding. Each is its own small form and action under 'help.record'.
// A project or support can be corrected, or removed when entered by mistake; the audit log keeps what
// it was.
// Audit summaries hold public facts only: kinds, dates and amounts, never a name.
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { guaranteeKinds, guarantees, helperKinds, helpers, incomeProjects, pairings, supports } from '@/db/schema';
import { canAddHelper } from '@/lib/domain/help';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { officialAction, Refusal, type ActionContext } from './core';
import { editedIdField, idField } from './fields';
import { dateField, lockFiledHousehold, optionalText, refuseFutureDates, requiredText, yuanField } from './help-target';

const t = zhAdminHelp.errors;
const done = zhAdminHelp.success;

/** Back to the household's help page, which shows what was saved. */
const backTo = (householdId: number, saved: string) => `/admin/help/${householdId}?saved=${saved}`;

/** Back to the measure's own page after a removal, which lists what is left. */
const removedFrom = (householdId: number, measure: string) => `/admin/help/${householdId}/${measure}?saved=removed`;

const householdId = idField(t.householdId);

export const setPairing = officialAction({
  action: 'help.record',
  schema: z.object({
    householdId,
    cadreName: requiredText(t.cadreName, 20, t.nameLong),
    cadrePost: requiredText(t.cadrePost, 50),
    agreementDate: dateField(t.agreementDate),
  }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    refuseFutureDates({ agreementDate: input.agreementDate }, ctx.now);
    const [existing] = await ctx.tx.select({ id: pairings.householdId }).from(pairings).where(eq(pairings.householdId, household.id));
    const fields = { cadreName: input.cadreName, cadrePost: input.cadrePost, agreementDate: input.agreementDate };
    await ctx.tx
      .insert(pairings)
      .values({ householdId: household.id, ...fields, createdBy: ctx.official.id, createdAt: ctx.now })
      .onConflictDoUpdate({ target: pairings.householdId, set: fields });
    await ctx.audit({
      action: 'pairing.set',
      entityType: 'household',
      entityId: household.id,
      summary: { agreementDate: input.agreementDate, replaced: existing !== undefined },
    });
    return { householdId: household.id };
  },
  success: (v) => ({ message: done.pairing, redirectTo: backTo(v.householdId, 'pairing') }),
});

export const addHelper = officialAction({
  action: 'help.record',
  schema: z.object({
    householdId,
    helperName: requiredText(t.helperName, 20, t.nameLong),
    helperKind: z.enum(helperKinds, { error: t.helperKind }),
  }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    // The household row is locked, so two officials adding at once cannot both see "one helper".
    const [counted] = await ctx.tx.select({ n: count() }).from(helpers).where(eq(helpers.householdId, household.id));
    const existing = counted?.n ?? 0;
    if (!canAddHelper(existing)) throw new Refusal(t.tooManyHelpers, { helperName: t.tooManyHelpers });
    await ctx.tx.insert(helpers).values({ householdId: household.id, name: input.helperName, kind: input.helperKind });
    await ctx.audit({
      action: 'helper.add',
      entityType: 'household',
      entityId: household.id,
      summary: { kind: input.helperKind, helpers: existing + 1 },
    });
    return { householdId: household.id };
  },
  success: (v) => ({ message: done.helperAdded, redirectTo: backTo(v.householdId, 'helper') }),
});

export const removeHelper = officialAction({
  action: 'help.record',
  schema: z.object({ householdId, helperId: idField(t.helperId) }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    const [removed] = await ctx.tx
      .delete(helpers)
      .where(and(eq(helpers.id, input.helperId), eq(helpers.householdId, household.id)))
      .returning({ kind: helpers.kind });
    if (!removed) throw new Refusal(t.helperId, { helperId: t.helperId });
    const [left] = await ctx.tx.select({ n: count() }).from(helpers).where(eq(helpers.householdId, household.id));
    await ctx.audit({
      action: 'helper.remove',
      entityType: 'household',
      entityId: household.id,
      summary: { kind: removed.kind, helpers: left?.n ?? 0 },
    });
    return { householdId: household.id };
  },
  success: (v) => ({ message: done.helperRemoved, redirectTo: removedFrom(v.householdId, 'helpers') }),
});

export const PROJECT_SUPPORTS = ['technology', 'information', 'funds'] as const;

/** Adds a project, or, with `projectId`, corrects one of this household's projects. */
export const saveProject = officialAction({
  action: 'help.record',
  schema: z.object({
    householdId,
    projectId: editedIdField(t.projectId),
    description: requiredText(t.description, 100),
    startedOn: dateField(t.startedOn),
    // Ticked checkboxes arrive as one string or as an array of them; none ticked sends nothing.
    support: z.preprocess(
      (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(PROJECT_SUPPORTS, { error: t.support })).min(1, t.support),
    ),
  }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    refuseFutureDates({ startedOn: input.startedOn }, ctx.now);
    const support = new Set(input.support);
    const fields = {
      description: input.description,
      startedOn: input.startedOn,
      supportTechnology: support.has('technology'),
      supportInformation: support.has('information'),
      supportFunds: support.has('funds'),
    };
    const [row] =
      input.projectId === undefined
        ? await ctx.tx.insert(incomeProjects).values({ householdId: household.id, ...fields }).returning({ id: incomeProjects.id })
        : await ctx.tx
            .update(incomeProjects)
            .set(fields)
            .where(and(eq(incomeProjects.id, input.projectId), eq(incomeProjects.householdId, household.id)))
            .returning({ id: incomeProjects.id });
    if (!row) throw new Refusal(t.projectId, { projectId: t.projectId });
    const updated = input.projectId !== undefined;
    await ctx.audit({
      action: updated ? 'project.update' : 'project.add',
      entityType: 'household',
      entityId: household.id,
      summary: { projectId: row.id, startedOn: input.startedOn, support: PROJECT_SUPPORTS.filter((s) => support.has(s)) },
    });
    return { householdId: household.id, updated };
  },
  success: (v) => ({ message: v.updated ? done.updated : done.project, redirectTo: backTo(v.householdId, v.updated ? 'updated' : 'project') }),
});

export const removeProject = officialAction({
  action: 'help.record',
  schema: z.object({ householdId, projectId: idField(t.projectId) }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    const [removed] = await ctx.tx
      .delete(incomeProjects)
      .where(and(eq(incomeProjects.id, input.projectId), eq(incomeProjects.householdId, household.id)))
      .returning({ startedOn: incomeProjects.startedOn });
    if (!removed) throw new Refusal(t.projectId, { projectId: t.projectId });
    await ctx.audit({
      action: 'project.remove',
      entityType: 'household',
      entityId: household.id,
      summary: { projectId: input.projectId, startedOn: removed.startedOn },
    });
    return { householdId: household.id };
  },
  success: (v) => ({ message: done.projectRemoved, redirectTo: removedFrom(v.householdId, 'projects') }),
});

export const setGuarantee = officialAction({
  action: 'help.record',
  schema: z.object({
    householdId,
    guaranteeKind: z.enum(guaranteeKinds, { error: t.guaranteeKind }),
    securedOn: dateField(t.securedOn),
  }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    refuseFutureDates({ securedOn: input.securedOn }, ctx.now);
    const [existing] = await ctx.tx
      .select({ kind: guarantees.kind })
      .from(guarantees)
      .where(and(eq(guarantees.householdId, household.id), eq(guarantees.kind, input.guaranteeKind)));
    await ctx.tx
      .insert(guarantees)
      .values({ householdId: household.id, kind: input.guaranteeKind, securedOn: input.securedOn })
      .onConflictDoUpdate({ target: [guarantees.householdId, guarantees.kind], set: { securedOn: input.securedOn } });
    await ctx.audit({
      action: 'guarantee.set',
      entityType: 'household',
      entityId: household.id,
      summary: { kind: input.guaranteeKind, securedOn: input.securedOn, replaced: existing !== undefined },
    });
    return { householdId: household.id };
  },
  success: (v) => ({ message: done.guarantee, redirectTo: backTo(v.householdId, 'guarantee') }),
});

type SupportRow = { kind: (typeof supports.$inferInsert)['kind']; description: string; amountYuan: number | null; source: string | null; grantedOn: string };

/**
 * Writes one support (村内企业就业, 小额贷款 or 残联资助), new or, with `supportId`, a correction of one
 * of this household's supports of the same kind, and its audit row: kind, amount and date only.
 */
async function saveSupportRow(ctx: ActionContext, householdId: number, supportId: number | undefined, row: SupportRow) {
  const household = await lockFiledHousehold(ctx, householdId);
  refuseFutureDates({ [row.kind === 'village_job' ? 'startedOn' : 'grantedOn']: row.grantedOn }, ctx.now);
  const [saved] =
    supportId === undefined
      ? await ctx.tx.insert(supports).values({ householdId: household.id, ...row }).returning({ id: supports.id })
      : await ctx.tx
          .update(supports)
          .set(row)
          .where(and(eq(supports.id, supportId), eq(supports.householdId, household.id), eq(supports.kind, row.kind)))
          .returning({ id: supports.id });
  if (!saved) throw new Refusal(t.supportId, { supportId: t.supportId });
  const updated = supportId !== undefined;
  await ctx.audit({
    action: updated ? 'support.update' : 'support.add',
    entityType: 'household',
    entityId: household.id,
    summary: { supportId: saved.id, kind: row.kind, amountYuan: row.amountYuan, grantedOn: row.grantedOn },
  });
  return { householdId: household.id, kind: row.kind, updated };
}

const supportSaved = (v: Awaited<ReturnType<typeof saveSupportRow>>) => ({
  message: v.updated ? done.updated : done[v.kind],
  redirectTo: backTo(v.householdId, v.updated ? 'updated' : v.kind),
});

export const saveVillageJob = officialAction({
  action: 'help.record',
  schema: z.object({ householdId, supportId: editedIdField(t.supportId), enterprise: requiredText(t.enterprise, 100), startedOn: dateField(t.jobStartedOn) }),
  run: (ctx, input) =>
    saveSupportRow(ctx, input.householdId, input.supportId, {
      kind: 'village_job',
      description: input.enterprise,
      amountYuan: null,
      source: null,
      grantedOn: input.startedOn,
    }),
  success: supportSaved,
});

export const saveMicroLoan = officialAction({
  action: 'help.record',
  schema: z.object({
    householdId,
    supportId: editedIdField(t.supportId),
    amountYuan: yuanField,
    lender: requiredText(t.lender, 100),
    purpose: optionalText(100),
    grantedOn: dateField(t.grantedOn),
  }),
  run: (ctx, input) =>
    saveSupportRow(ctx, input.householdId, input.supportId, {
      kind: 'micro_loan',
      description: input.purpose,
      amountYuan: input.amountYuan,
      source: input.lender,
      grantedOn: input.grantedOn,
    }),
  success: supportSaved,
});

/** The measure page that lists each kind of support, where a removal returns to. */
const SUPPORT_MEASURE = { village_job: 'jobs', micro_loan: 'loans', dpf_funding: 'funding' } as const satisfies Record<SupportRow['kind'], string>;

export const removeSupport = officialAction({
  action: 'help.record',
  schema: z.object({ householdId, supportId: idField(t.supportId) }),
  async run(ctx, input) {
    const household = await lockFiledHousehold(ctx, input.householdId);
    const [removed] = await ctx.tx
      .delete(supports)
      .where(and(eq(supports.id, input.supportId), eq(supports.householdId, household.id)))
      .returning({ kind: supports.kind, amountYuan: supports.amountYuan, grantedOn: supports.grantedOn });
    if (!removed) throw new Refusal(t.supportId, { supportId: t.supportId });
    await ctx.audit({
      action: 'support.remove',
      entityType: 'household',
      entityId: household.id,
      summary: { supportId: input.supportId, ...removed },
    });
    return { householdId: household.id, kind: removed.kind };
  },
  success: (v) => ({ message: done.supportRemoved[v.kind], redirectTo: removedFrom(v.householdId, SUPPORT_MEASURE[v.kind]) }),
});

export const saveDpfFunding = officialAction({
  action: 'help.record',
  schema: z.object({
    householdId,
    supportId: editedIdField(t.supportId),
    amountYuan: yuanField,
    fundingSource: requiredText(t.fundingSource, 100),
    purpose: optionalText(100),
    grantedOn: dateField(t.grantedOn),
  }),
  run: (ctx, input) =>
    saveSupportRow(ctx, input.householdId, input.supportId, {
      kind: 'dpf_funding',
      description: input.purpose,
      amountYuan: input.amountYuan,
      source: input.fundingSource,
      grantedOn: input.grantedOn,
    }),
  success: supportSaved,
});
