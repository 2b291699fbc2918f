'use client';
// One checkbox that confirms a step that cannot be undone (GOV.UK "declaration" pattern): a fieldset
// with its legend, a hint, the error next to it, and the box labelled by the statement itself.
import type { FormState } from '@/lib/actions/form-state';

type Props = {
  name: string;
  legend: string;
  label: string;
  hint?: string;
  value?: string;
  state: FormState;
};

export function ConfirmCheckbox({ name, legend, label, hint, value = 'yes', state }: Props) {
  const error = state.fieldErrors[name];
  const checked = state.values[name] === value;
  const describedBy = [hint ? `hint-${name}` : null, error ? `error-${name}` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`my-4 ${error ? 'border-l-4 border-brand pl-3' : ''}`} aria-describedby={describedBy}>
      <legend className="font-bold">{legend}</legend>
      {hint ? (
        <p id={`hint-${name}`} className="my-0 text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`error-${name}`} className="my-1 font-bold text-brand">
          {error}
        </p>
      ) : null}
      <div className="mt-2 flex items-start gap-2">
        <input
          id={`field-${name}`}
          name={name}
          type="checkbox"
          value={value}
          defaultChecked={checked}
          key={String(checked)}
          aria-invalid={error ? true : undefined}
          className="mt-1 h-6 w-6 shrink-0 accent-open"
        />
        <label htmlFor={`field-${name}`}>{label}</label>
      </div>
    </fieldset>
  );
}
