'use client';
// A file input in the same GOV.UK pattern as components/ui/form.tsx: label, hint, the message next to
// the field, `field-<name>` as the id the error summary links to. A browser cannot refill a file
// input, so after a refused submit the official chooses the file again (the hint says what is allowed).
import { useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { controlProps, FieldShell, inputClass } from './field-parts';

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
    <FieldShell name={name} label={label} hint={hint} error={error} required={false} live>
      <input
        {...controlProps(name, hint, error)}
        type="file"
        accept={accept}
        onChange={check}
        className={inputClass}
      />
    </FieldShell>
  );
}
