'use client';
// The villager's report of a left-out household (应列未列). Works without JavaScript (a Server Action
// with a plain form); the error summary at the top links to each field, each message sits next to its
// field. The text comes from the server parent in the page's language.
import { useActionState, useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
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
};

type Field = { name: 'who' | 'why' | 'contact'; label: string; hint: string; rows: number; required: boolean };

export function LeftOutForm({ text, villageCode, noticeId, hidden }: { text: LeftOutFormText; villageCode: string; noticeId: number | null; hidden?: Record<string, string> }) {
  const [state, action] = useActionState(reportLeftOutAction, initialFormState);
  const fields: Field[] = [
    { name: 'who', label: text.who, hint: text.whoHint, rows: 2, required: true },
    { name: 'why', label: text.why, hint: text.whyHint, rows: 4, required: true },
    { name: 'contact', label: text.contact, hint: text.contactHint, rows: 2, required: false },
  ];
  return (
    <form action={action} noValidate>
      <Summary state={state} title={text.summaryTitle} labels={Object.fromEntries(fields.map((f) => [f.name, f.label]))} />
      <input type="hidden" name="villageCode" value={villageCode} />
      {noticeId !== null ? <input type="hidden" name="noticeId" value={noticeId} /> : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
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
      <Submit label={text.submit} sending={text.sending} />
    </form>
  );
}

function Summary({ state, title, labels }: { state: FormState; title: string; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const failed = state.ok === false;
  useEffect(() => {
    if (failed) ref.current?.focus();
  }, [failed, state]);
  if (!failed) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="my-4 border-4 border-brand p-4">
      <h2 id="error-summary-title" className="mt-0 text-lg">
        {title}
      </h2>
      <p>{state.message}</p>
      <ul className="list-disc pl-6">
        {Object.entries(state.fieldErrors).map(([field, message]) => (
          <li key={field}>
            <a href={`#field-${labels[field] ? field : 'who'}`}>{labels[field] ? `${labels[field]}: ${message}` : message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Submit({ label, sending }: { label: string; sending: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className="mt-2 border-2 border-open bg-open px-5 py-2 font-bold text-white disabled:opacity-70">
      {pending ? sending : label}
    </button>
  );
}
