'use client';
// Parts of the public forms (an objection lodged online, a left-out household report), in the page's
// language: the text comes from the server parent. The error summary at the top links to each field;
// the guard's fields (lib/security/public-form-guard.ts): the signed stamp and the honeypot, which is
// hidden from everyone (display: none), so neither a keyboard nor a screen reader meets it.
import { useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import type { FormState } from '@/lib/actions/form-state';
import { HONEYPOT_FIELD, STAMP_FIELD } from '@/lib/security/public-form-guard-fields';

/**
 * The error summary of every form, with no catalogue of its own (the officials' ErrorSummary in
 * components/ui/form.tsx is this with their title and the Chinese colon). A message of a field with no
 * label links to `first`, when given.
 */
export function PublicErrorSummary({
  state,
  title,
  labels,
  first,
  separator = ': ',
}: {
  state: FormState;
  title: string;
  labels: Record<string, string>;
  first?: string;
  separator?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const failed = state.ok === false;
  useEffect(() => {
    if (failed) ref.current?.focus();
  }, [failed, state]);
  if (!failed) return null;
  const fields = Object.entries(state.fieldErrors);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="my-4 border-4 border-brand p-4">
      <h2 id="error-summary-title" className="mt-0 text-lg">
        {title}
      </h2>
      <p>{state.message}</p>
      {fields.length > 0 ? (
        <ul className="list-disc pl-6">
          {fields.map(([field, message]) => (
            <li key={field}>
              <a href={`#field-${labels[field] || !first ? field : first}`}>{labels[field] ? `${labels[field]}${separator}${message}` : message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function PublicSubmit({ label, sending }: { label: string; sending: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className="mt-2 border-2 border-open bg-open px-5 py-2 font-bold text-white disabled:opacity-70">
      {pending ? sending : label}
    </button>
  );
}

/** The stamp (rendered by the server page) and the honeypot. */
export function GuardFields({ stamp, honeypotLabel }: { stamp: string; honeypotLabel: string }) {
  return (
    <>
      <input type="hidden" name={STAMP_FIELD} value={stamp} />
      <div hidden>
        <label htmlFor="field-website">{honeypotLabel}</label>
        <input id="field-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
