// One yes/no checkbox (GOV.UK pattern: the box before its label, a hint below, the message next to it).
// A checkbox sends `value` only when ticked; the server treats its absence as "no".
import type { FormState } from '@/lib/actions/form-state';
import { describedBy, FieldError, FieldHint, fieldBoxClass } from './field-parts';

type Props = { name: string; label: string; hint?: string; state: FormState; value?: string };

export function CheckboxField({ name, label, hint, state, value = 'on' }: Props) {
  const error = state.fieldErrors[name];
  const checked = state.values[name] === value;
  return (
    <div className={fieldBoxClass(error)}>
      <FieldError name={name} error={error} />
      <div className="flex items-start gap-2">
        <input
          id={`field-${name}`}
          name={name}
          type="checkbox"
          value={value}
          defaultChecked={checked}
          key={String(checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hint, error)}
          className="mt-1 size-6 shrink-0 accent-ink"
        />
        <div>
          <label htmlFor={`field-${name}`} className="font-bold">
            {label}
          </label>
          <FieldHint name={name} hint={hint} />
        </div>
      </div>
    </div>
  );
}
