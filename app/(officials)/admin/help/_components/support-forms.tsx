'use client';
// 村内企业就业, 小额贷款, 残联资助: three small forms of the same shape (what or who, how much, when).
import { TextField } from '@/components/ui/form';
import { saveDpfFundingAction, saveMicroLoanAction, saveVillageJobAction } from '@/lib/actions/help.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { MeasureForm } from './measure-form';

const t = zhAdminHelp;
const f = t.fields;

/** A support being corrected: its id and what it says now. */
export type EditedSupport = { id: number; description: string; amountYuan: number | null; source: string | null; grantedOn: string };
type Props = { householdId: number; editing?: EditedSupport };

/** What differs between adding a support and correcting one: the button and the hidden id. */
const mode = (editing: EditedSupport | undefined, addLabel: string): { submit: string; hidden: Record<string, string> } => ({
  submit: editing ? t.measures.saveEdit : addLabel,
  hidden: editing ? { supportId: String(editing.id) } : {},
});
const amount = (editing: EditedSupport | undefined) => (editing?.amountYuan == null ? undefined : String(editing.amountYuan));

export function VillageJobForm({ householdId, editing }: Props) {
  const labels = { householdId: f.householdId, enterprise: f.enterprise, startedOn: f.jobStartedOn };
  return (
    <MeasureForm action={saveVillageJobAction} householdId={householdId} labels={labels} {...mode(editing, t.measures.jobs.submit)}>
      {(state) => (
        <>
          <TextField name="enterprise" label={labels.enterprise} hint={t.hints.enterprise} state={state} defaultValue={editing?.description} />
          <TextField name="startedOn" type="date" label={labels.startedOn} hint={t.hints.date} state={state} defaultValue={editing?.grantedOn} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}

export function MicroLoanForm({ householdId, editing }: Props) {
  const labels = { householdId: f.householdId, amountYuan: f.amountYuan, lender: f.lender, purpose: f.purpose, grantedOn: f.grantedOn };
  return (
    <MeasureForm action={saveMicroLoanAction} householdId={householdId} labels={labels} {...mode(editing, t.measures.loans.submit)}>
      {(state) => (
        <>
          <TextField name="amountYuan" inputMode="numeric" label={labels.amountYuan} hint={t.hints.amountYuan} state={state} defaultValue={amount(editing)} width="max-w-xs" />
          <TextField name="lender" label={labels.lender} hint={t.hints.lender} state={state} defaultValue={editing?.source ?? undefined} />
          <TextField name="purpose" label={labels.purpose} hint={t.hints.purpose} state={state} required={false} defaultValue={editing?.description} />
          <TextField name="grantedOn" type="date" label={labels.grantedOn} hint={t.hints.date} state={state} defaultValue={editing?.grantedOn} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}

export function DpfFundingForm({ householdId, editing }: Props) {
  const labels = { householdId: f.householdId, amountYuan: f.amountYuan, fundingSource: f.fundingSource, purpose: f.purpose, grantedOn: f.grantedOn };
  return (
    <MeasureForm action={saveDpfFundingAction} householdId={householdId} labels={labels} {...mode(editing, t.measures.funding.submit)}>
      {(state) => (
        <>
          <TextField name="amountYuan" inputMode="numeric" label={labels.amountYuan} hint={t.hints.amountYuan} state={state} defaultValue={amount(editing)} width="max-w-xs" />
          <TextField name="fundingSource" label={labels.fundingSource} hint={t.hints.fundingSource} state={state} defaultValue={editing?.source ?? undefined} />
          <TextField name="purpose" label={labels.purpose} hint={t.hints.purpose} state={state} required={false} defaultValue={editing?.description} />
          <TextField name="grantedOn" type="date" label={labels.grantedOn} hint={t.hints.date} state={state} defaultValue={editing?.grantedOn} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}
