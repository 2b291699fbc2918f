'use client';
// 结对帮扶: the Party cadre paired with the household and the date the help agreement was signed.
import { TextField } from '@/components/ui/form';
import { setPairingAction } from '@/lib/actions/help.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { MeasureForm } from './measure-form';

const t = zhAdminHelp;
const labels = { householdId: t.fields.householdId, cadreName: t.fields.cadreName, cadrePost: t.fields.cadrePost, agreementDate: t.fields.agreementDate };

type Props = { householdId: number; defaults: { cadreName: string; cadrePost: string; agreementDate: string } | null };

export function PairingForm({ householdId, defaults }: Props) {
  return (
    <MeasureForm action={setPairingAction} householdId={householdId} labels={labels} submit={t.measures.pairing.submit}>
      {(state) => (
        <>
          <TextField name="cadreName" label={labels.cadreName} hint={t.hints.cadreName} state={state} defaultValue={defaults?.cadreName} width="max-w-xs" />
          <TextField name="cadrePost" label={labels.cadrePost} hint={t.hints.cadrePost} state={state} defaultValue={defaults?.cadrePost} />
          <TextField name="agreementDate" type="date" label={labels.agreementDate} hint={t.hints.date} state={state} defaultValue={defaults?.agreementDate} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}
