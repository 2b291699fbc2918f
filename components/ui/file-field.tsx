'use client';
// A file input in the same GOV.UK pattern as components/ui/form.tsx: label, hint, the message next to
// the field, `field-<name>` as the id the error summary links to. A browser cannot refill a file
// input, so after a refused submit the official chooses the file again (the hint says what is allowed).
import { useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { zhAdmin } from '@/lib/i18n/zh-admin';

type Props = {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  accept: string;
  /** With JavaScript, a file over this size is refused at once (the server checks again). */
  maxBytes?: number;
  tooBig?: string;
};

export function FileField({ name, label, hint, state, accept, maxBytes, tooBig }: Props) {
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? state.fieldErrors[name];
  const describedBy = [hint ? `hint-${name}` : null, error ? `error-${name}` : null].filter(Boolean).join(' ') || undefined;
  function check(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    // Too big a file would not even reach the action (the request itself is refused), so it is
    // dropped here with the same message the server gives.
    if (file && maxBytes !== undefined && file.size > maxBytes) {
      event.currentTarget.value = '';
      setLocalError(tooBig ?? null);
    } else {
      setLocalError(null);
    }
  }
  return (
    <div className={`my-4 ${error ? 'border-l-4 border-brand pl-3' : ''}`}>
      <label htmlFor={`field-${name}`} className="block font-bold">
        {label}
        <span className="font-normal"> {zhAdmin.form.optional}</span>
      </label>
      {hint ? (
        <p id={`hint-${name}`} className="my-0 text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`error-${name}`} className="my-1 font-bold text-brand" aria-live="polite">
          {error}
        </p>
      ) : null}
      <input
        id={`field-${name}`}
        name={name}
        type="file"
        accept={accept}
        onChange={check}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full max-w-xl border-2 border-ink bg-white px-2 py-1 text-ink aria-[invalid=true]:border-brand"
      />
    </div>
  );
}
