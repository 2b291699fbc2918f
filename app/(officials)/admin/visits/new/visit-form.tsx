'use client';
// 记录回访: one visit to one filed household. Redirects to the household's help page when saved.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { recordVisitAction } from '@/lib/actions/visits.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';

const t = zhAdminHelp;
const labels = {
  householdId: t.fields.householdId,
  visitedOn: t.fields.visitedOn,
  visitor: t.fields.visitor,
  findings: t.fields.findings,
  suggestions: t.fields.suggestions,
};

export function VisitForm({ householdId, today }: { householdId: number; today: string }) {
  const [state, action] = useActionState(recordVisitAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="householdId" value={householdId} />
      <TextField name="visitedOn" type="date" label={labels.visitedOn} hint={t.hints.date} state={state} defaultValue={today} width="max-w-xs" />
      <TextField name="visitor" label={labels.visitor} hint={t.hints.visitor} state={state} />
      <TextArea name="findings" label={labels.findings} hint={t.hints.findings} state={state} rows={4} />
      <TextArea name="suggestions" label={labels.suggestions} hint={t.hints.suggestions} state={state} required={false} rows={3} />
      <SubmitButton>{t.visits.submit}</SubmitButton>
    </form>
  );
}
