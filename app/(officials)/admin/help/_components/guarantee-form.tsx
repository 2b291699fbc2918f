'use client';
// 保障政策: one of 低保, 新农合, 新农保, 住房保障 and the date it was secured (setting it again updates the date).
import { SelectField, TextField } from '@/components/ui/form';
import { setGuaranteeAction } from '@/lib/actions/help.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { MeasureForm } from './measure-form';

const t = zhAdminHelp;
const labels = { householdId: t.fields.householdId, guaranteeKind: t.fields.guaranteeKind, securedOn: t.fields.securedOn };
const kinds = Object.entries(t.guaranteeKinds);

export function GuaranteeForm({ householdId }: { householdId: number }) {
  return (
    <MeasureForm action={setGuaranteeAction} householdId={householdId} labels={labels} submit={t.measures.guarantees.submit}>
      {(state) => (
        <>
          <SelectField name="guaranteeKind" label={labels.guaranteeKind} state={state} options={kinds} placeholder={t.choose} />
          <TextField name="securedOn" type="date" label={labels.securedOn} hint={t.hints.date} state={state} width="max-w-xs" />
        </>
      )}
    </MeasureForm>
  );
}
