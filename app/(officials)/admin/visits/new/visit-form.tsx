'use client';
// 记录回访: one visit to one filed household. Redirects to the household's help page when saved.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { saveVisitAction } from '@/lib/actions/visits.server';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';

const t = zhAdminHelp;
const labels = {
  householdId: t.fields.householdId,
  visitedOn: t.fields.visitedOn,
  visitor: t.fields.visitor,
  findings: t.fields.findings,
  suggestions: t.fields.suggestions,
};

/** A visit being corrected: its id and what it says now. */
export type EditedVisit = { id: number; visitedOn: string; visitor: string; findings: string; suggestions: string };

/** A new visit (dated today by default), or, with `editing`, the correction of a recorded one. */
export function VisitForm({ householdId, today, editing }: { householdId: number; today: string; editing?: EditedVisit }) {
  const [state, action] = useActionState(saveVisitAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="householdId" value={householdId} />
      {editing ? <input type="hidden" name="visitId" value={editing.id} /> : null}
      <TextField name="visitedOn" type="date" label={labels.visitedOn} hint={t.hints.date} state={state} defaultValue={editing?.visitedOn ?? today} width="max-w-xs" />
      <TextField name="visitor" label={labels.visitor} hint={t.hints.visitor} state={state} defaultValue={editing?.visitor} />
      <TextArea name="findings" label={labels.findings} hint={t.hints.findings} state={state} rows={4} defaultValue={editing?.findings} />
      <TextArea name="suggestions" label={labels.suggestions} hint={t.hints.suggestions} state={state} required={false} rows={3} defaultValue={editing?.suggestions} />
      <SubmitButton>{editing ? t.measures.saveEdit : t.visits.submit}</SubmitButton>
    </form>
  );
}
