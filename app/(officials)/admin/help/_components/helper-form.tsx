'use client';
// 帮扶人: add one (at most two per household; the server refuses a third).
import { SelectField, TextField } from '@/components/ui/form';
import { addHelperAction } from '@/lib/actions/help.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { MeasureForm } from './measure-form';

const t = zhAdminHelp;
const labels = { householdId: t.fields.householdId, helperName: t.fields.helperName, helperKind: t.fields.helperKind };
const kinds = Object.entries(t.helperKinds);

export function HelperForm({ householdId }: { householdId: number }) {
  return (
    <MeasureForm action={addHelperAction} householdId={householdId} labels={labels} submit={t.measures.helpers.submit}>
      {(state) => (
        <>
          <TextField name="helperName" label={labels.helperName} hint={t.hints.helperName} state={state} width="max-w-xs" />
          <SelectField name="helperKind" label={labels.helperKind} state={state} options={kinds} placeholder={t.choose} />
        </>
      )}
    </MeasureForm>
  );
}
