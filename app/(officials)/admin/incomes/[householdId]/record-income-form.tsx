'use client';
// 登记一年的收入: the year (only those still open) and the per-capita net income in whole yuan.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { recordIncomeAction } from '@/lib/actions/incomes.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';

const t = zhAdminHelp;
const labels = { householdId: t.fields.householdId, year: t.fields.year, incomePerCapita: t.fields.incomePerCapita };

export function RecordIncomeForm({ householdId, years }: { householdId: number; years: number[] }) {
  const [state, action] = useActionState(recordIncomeAction, initialFormState);
  const options = years.map((y) => [String(y), t.incomes.yearOption(y)] as const);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="householdId" value={householdId} />
      <SelectField name="year" label={labels.year} state={state} options={options} defaultValue={years[0]} />
      <TextField name="incomePerCapita" inputMode="numeric" label={labels.incomePerCapita} hint={t.hints.incomePerCapita} state={state} width="max-w-xs" />
      <SubmitButton>{t.incomes.recordSubmit}</SubmitButton>
    </form>
  );
}
