'use client';
// 修改收入: a figure not yet confirmed by the county.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { updateIncomeAction } from '@/lib/actions/incomes.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';

const t = zhAdminHelp;
const labels = { recordId: t.fields.recordId, incomePerCapita: t.fields.incomePerCapita };

export function EditIncomeForm({ recordId, income }: { recordId: number; income: number }) {
  const [state, action] = useActionState(updateIncomeAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="recordId" value={recordId} />
      <TextField name="incomePerCapita" inputMode="numeric" label={labels.incomePerCapita} hint={t.hints.incomePerCapita} state={state} defaultValue={income} width="max-w-xs" />
      <SubmitButton>{t.incomes.editSubmit}</SubmitButton>
    </form>
  );
}
