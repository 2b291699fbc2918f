'use client';
// The villager's report of a left-out household (应列未列). Works without JavaScript (a Server Action
// with a plain form); the error summary at the top links to each field, each message sits next to its
// field. The text comes from the server parent in the page's language; the guard's stamp and honeypot
// from components/public-form.tsx.
import { useActionState } from 'react';
import { GuardFields, PublicErrorSummary, PublicSubmit } from '@/components/public-form';
import { controlProps, FieldShell, inputClass } from '@/components/ui/field-parts';
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
          <FieldShell key={f.name} name={f.name} label={f.label} hint={f.hint} error={error} required={f.required} optional={text.optional}>
            <textarea {...controlProps(f.name, f.hint, error, f.required)} rows={f.rows} defaultValue={value} key={value} className={inputClass} />
          </FieldShell>
        );
      })}
      <PublicSubmit label={text.submit} sending={text.sending} />
    </form>
  );
}
