'use client';
// 村内企业就业, 小额贷款, 残联资助: what or who, how much, when. A loan and a DPF grant are one form
// that differs only in who gave the money (the lender, or the source of the funds).
import { TextField } from '@/components/ui/form';
import { saveDpfFundingAction, saveMicroLoanAction, saveVillageJobAction } from '@/lib/actions/help.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { MeasureForm } from './measure-form';

const t = zhAdminHelp;
const f = t.fields;

/** A support being corrected: its id and what it says now. */
export type EditedSupport = { id: number; description: string; amountYuan: number | null; source: string | null; grantedOn: string };
type Props = { householdId: number; editing?: EditedSupport };

const correcting = (editing: EditedSupport | undefined) => editing && { field: 'supportId', id: editing.id };

export function VillageJobForm({ householdId, editing }: Props) {
  const labels = { householdId: f.householdId, enterprise: f.enterprise, startedOn: f.jobStartedOn };
  return (
    <MeasureForm action={saveVillageJobAction} householdId={householdId} labels={labels} submit={t.measures.jobs.submit} correcting={correcting(editing)}>
      {(state) => (
        <>
          <TextField name="enterprise" label={labels.enterprise} hint={t.hints.enterprise} state={state} defaultValue={editing?.description} />
          <TextField name="startedOn" type="date" label={labels.startedOn} hint={t.hints.date} state={state} defaultValue={editing?.grantedOn} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}

function MoneyForm({ householdId, editing, source, action, submit }: Props & { source: 'lender' | 'fundingSource'; action: typeof saveMicroLoanAction; submit: string }) {
  const labels = { householdId: f.householdId, amountYuan: f.amountYuan, [source]: f[source], purpose: f.purpose, grantedOn: f.grantedOn };
  const amount = editing?.amountYuan == null ? undefined : String(editing.amountYuan);
  return (
    <MeasureForm action={action} householdId={householdId} labels={labels} submit={submit} correcting={correcting(editing)}>
      {(state) => (
        <>
          <TextField name="amountYuan" inputMode="numeric" label={f.amountYuan} hint={t.hints.amountYuan} state={state} defaultValue={amount} width="max-w-xs" />
          <TextField name={source} label={f[source]} hint={t.hints[source]} state={state} defaultValue={editing?.source ?? undefined} />
          <TextField name="purpose" label={f.purpose} hint={t.hints.purpose} state={state} required={false} defaultValue={editing?.description} />
          <TextField name="grantedOn" type="date" label={f.grantedOn} hint={t.hints.date} state={state} defaultValue={editing?.grantedOn} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}

export function MicroLoanForm(props: Props) {
  return <MoneyForm {...props} source="lender" action={saveMicroLoanAction} submit={t.measures.loans.submit} />;
}

export function DpfFundingForm(props: Props) {
  return <MoneyForm {...props} source="fundingSource" action={saveDpfFundingAction} submit={t.measures.funding.submit} />;
}
