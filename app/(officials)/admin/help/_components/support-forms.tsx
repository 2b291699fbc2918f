'use client';
// 村内企业就业, 小额贷款, 残联资助: three small forms of the same shape (what or who, how much, when).
import { TextField } from '@/components/ui/form';
import { addDpfFundingAction, addMicroLoanAction, addVillageJobAction } from '@/lib/actions/help.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { MeasureForm } from './measure-form';

const t = zhAdminHelp;
const f = t.fields;

export function VillageJobForm({ householdId }: { householdId: number }) {
  const labels = { householdId: f.householdId, enterprise: f.enterprise, startedOn: f.jobStartedOn };
  return (
    <MeasureForm action={addVillageJobAction} householdId={householdId} labels={labels} submit={t.measures.jobs.submit}>
      {(state) => (
        <>
          <TextField name="enterprise" label={labels.enterprise} hint={t.hints.enterprise} state={state} />
          <TextField name="startedOn" type="date" label={labels.startedOn} hint={t.hints.date} state={state} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}

export function MicroLoanForm({ householdId }: { householdId: number }) {
  const labels = { householdId: f.householdId, amountYuan: f.amountYuan, lender: f.lender, purpose: f.purpose, grantedOn: f.grantedOn };
  return (
    <MeasureForm action={addMicroLoanAction} householdId={householdId} labels={labels} submit={t.measures.loans.submit}>
      {(state) => (
        <>
          <TextField name="amountYuan" inputMode="numeric" label={labels.amountYuan} hint={t.hints.amountYuan} state={state} width="max-w-xs" />
          <TextField name="lender" label={labels.lender} hint={t.hints.lender} state={state} />
          <TextField name="purpose" label={labels.purpose} hint={t.hints.purpose} state={state} required={false} />
          <TextField name="grantedOn" type="date" label={labels.grantedOn} hint={t.hints.date} state={state} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}

export function DpfFundingForm({ householdId }: { householdId: number }) {
  const labels = { householdId: f.householdId, amountYuan: f.amountYuan, fundingSource: f.fundingSource, purpose: f.purpose, grantedOn: f.grantedOn };
  return (
    <MeasureForm action={addDpfFundingAction} householdId={householdId} labels={labels} submit={t.measures.funding.submit}>
      {(state) => (
        <>
          <TextField name="amountYuan" inputMode="numeric" label={labels.amountYuan} hint={t.hints.amountYuan} state={state} width="max-w-xs" />
          <TextField name="fundingSource" label={labels.fundingSource} hint={t.hints.fundingSource} state={state} />
          <TextField name="purpose" label={labels.purpose} hint={t.hints.purpose} state={state} required={false} />
          <TextField name="grantedOn" type="date" label={labels.grantedOn} hint={t.hints.date} state={state} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}
