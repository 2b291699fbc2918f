'use client';
// The villager's report of a left-out household (应列未列). Works without JavaScript (a Server Action
// with a plain form); the error summary at the top links to each field, each message sits next to its
// field. The text comes from the server parent in the page's language; the guard's stamp and honeypot
// from components/public-form.tsx.
import { useActionState } from 'react';
import { GuardFields, PublicErrorSummary, PublicSubmit } from '@/components/public-form';
import { initialFormState } from '@/lib/actions/form-state';
import { reportLeftOutAction } from '@/lib/actions/left-out.server';

export type LeftOutFormText = {
  who: string;
  whoHint: string;
  why: string;
  whyHint: string;
  contact: string;
  contactHint: string;
  optional: string;
  submit: string;
  sending: string;
  summaryTitle: string;
  honeypotLabel: string;
};

type Field = { name: 'who' | 'why' | 'contact'; label: string; hint: string; rows: number; required: boolean };

export function LeftOutForm({ text, villageCode, noticeId, stamp }: { text: LeftOutFormText; villageCode: string; noticeId: number | null; stamp: string }) {
  const [state, action] = useActionState(reportLeftOutAction, initialFormState);
  const fields: Field[] = [
    { name: 'who', label: text.who, hint: text.whoHint, rows: 2, required: true },
    { name: 'why', label: text.why, hint: text.whyHint, rows: 4, required: true },
    { name: 'contact', label: text.contact, hint: text.contactHint, rows: 2, required: false },
  ];
  return (
    <form action={action} noValidate>
      <PublicErrorSummary state={state} title={text.summaryTitle} labels={Object.fromEntries(fields.map((f) => [f.name, f.label]))} first="who" />
      <input type="hidden" name="villageCode" value={villageCode} />
      {noticeId !== null ? <input type="hidden" name="noticeId" value={noticeId} /> : null}
      <GuardFields stamp={stamp} honeypotLabel={text.honeypotLabel} />
      {fields.map((f) => {
        const error = state.fieldErrors[f.name];
        const value = state.values[f.name] ?? '';
        return (
          <div key={f.name} className={`my-4 ${error ? 'border-l-4 border-brand pl-3' : ''}`}>
            <label htmlFor={`field-${f.name}`} className="block font-bold">
              {f.label}
              {f.required ? null : <span className="font-normal"> {text.optional}</span>}
            </label>
            <p id={`hint-${f.name}`} className="my-0 text-base text-muted">
              {f.hint}
            </p>
            {error ? (
              <p id={`error-${f.name}`} className="my-1 font-bold text-brand">
                {error}
              </p>
            ) : null}
            <textarea
              id={`field-${f.name}`}
              name={f.name}
              rows={f.rows}
              defaultValue={value}
              key={value}
              required={f.required}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `hint-${f.name} error-${f.name}` : `hint-${f.name}`}
              className="mt-1 block w-full max-w-xl border-2 border-ink bg-white px-2 py-1 text-ink aria-[invalid=true]:border-brand"
            />
          </div>
        );
      })}
      <PublicSubmit label={text.submit} sending={text.sending} />
    </form>
  );
}
