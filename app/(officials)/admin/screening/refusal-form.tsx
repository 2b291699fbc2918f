'use client';
// Records a household screened and found not eligible (筛查未通过). Works without JavaScript.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { recordScreeningRefusalAction } from '@/lib/actions/screening.server';
import { zhAdminScreening } from '@/lib/i18n/zh-admin-screening';

const t = zhAdminScreening;

export function RefusalForm({ villages, years, year, today }: { villages: readonly (readonly [string, string])[]; years: number[]; year: number; today: string }) {
  const [state, action] = useActionState(recordScreeningRefusalAction, initialFormState);
  const f = t.fields;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={f} />
      <SelectField name="villageCode" label={f.villageCode} state={state} options={villages} placeholder="—" />
      <SelectField name="year" label={f.year} state={state} options={years.map((y) => [String(y), `${y}年`] as const)} defaultValue={String(year)} />
      <TextField name="fullName" label={f.fullName} hint={t.hints.fullName} state={state} width="max-w-xs" />
      <SelectField name="criterion" label={f.criterion} state={state} options={Object.entries(t.criteria)} placeholder="—" />
      <TextArea name="reason" label={f.reason} hint={t.hints.reason} state={state} rows={3} />
      <TextField name="screenedOn" label={f.screenedOn} hint={t.hints.screenedOn} state={state} type="date" defaultValue={today} width="max-w-xs" />
      <SubmitButton>{t.save}</SubmitButton>
    </form>
  );
}
