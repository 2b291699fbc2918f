'use client';
// The frame every help-measure form shares: the error summary, the household's hidden id, the fields
// and one submit button. With `correcting`, the form corrects that record instead of adding one: its id
// goes along hidden, and the button says so. The action redirects back to the household's page.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/components/ui/form';
import { zhAdminHelp } from '@/lib/i18n/zh-admin-help';
import { initialFormState, type FormState } from '@/lib/actions/form-state';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  householdId: number;
  labels: Record<string, string>;
  /** The button's words when adding. */
  submit: string;
  /** The record being corrected: the name of its id field and the id. */
  correcting?: { field: string; id: number };
  children: (state: FormState) => React.ReactNode;
};

export function MeasureForm({ action, householdId, labels, submit, correcting, children }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="householdId" value={householdId} />
      {correcting ? <input type="hidden" name={correcting.field} value={correcting.id} /> : null}
      {children(state)}
      <SubmitButton>{correcting ? zhAdminHelp.measures.saveEdit : submit}</SubmitButton>
    </form>
  );
}
