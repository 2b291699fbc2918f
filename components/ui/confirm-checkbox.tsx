'use client';
// One checkbox that confirms a step that cannot be undone (GOV.UK "declaration" pattern): a fieldset
// with its legend, a hint, the error next to it, and the box labelled by the statement itself.
import type { FormState } from '@/lib/actions/form-state';
import { describedBy, fieldBoxClass, HintAndError } from './field-parts';

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
  return (
    <fieldset className={fieldBoxClass(error)} aria-describedby={describedBy(name, hint, error)}>
      <legend className="font-bold">{legend}</legend>
      <HintAndError name={name} hint={hint} error={error} />
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
