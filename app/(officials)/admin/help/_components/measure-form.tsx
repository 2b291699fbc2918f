'use client';
// The frame every help-measure form shares: the error summary, the household's hidden id, the fields
// and one submit button. The action redirects back to the household's page when it succeeds.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/components/ui/form';
import { initialFormState, type FormState } from '@/lib/actions/form-state';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  householdId: number;
  labels: Record<string, string>;
  submit: string;
  /** More hidden fields, such as the id of the record being corrected. */
  hidden?: Record<string, string>;
  children: (state: FormState) => React.ReactNode;
};

export function MeasureForm({ action, householdId, labels, submit, hidden = {}, children }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="householdId" value={householdId} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(state)}
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}
