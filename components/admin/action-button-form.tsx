'use client';
// A form that is only a button (publish, close, correct, delete, start investigating): hidden ids,
// the error summary if the server refused, and, for a known refusal, a link to what to do instead.
import Link from 'next/link';
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/components/ui/form';
import { initialFormState, type FormState } from '@/lib/actions/form-state';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  tone?: 'primary' | 'warning';
  /** Shown under the summary when the server refuses with exactly this message. */
  refusalLink?: { message: string; href: string; label: string };
};

export function ActionButtonForm({ action, fields, label, tone, refusalLink }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={{}} />
      {state.ok === false && refusalLink && state.message === refusalLink.message ? (
        <p>
          <Link href={refusalLink.href}>{refusalLink.label}</Link>
        </p>
      ) : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton tone={tone}>{label}</SubmitButton>
    </form>
  );
}
