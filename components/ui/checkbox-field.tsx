// One yes/no checkbox (GOV.UK pattern: the box before its label, a hint below, the message next to it).
// A checkbox sends `value` only when ticked; the server treats its absence as "no".
import type { FormState } from '@/lib/actions/form-state';

type Props = { name: string; label: string; hint?: string; state: FormState; value?: string };

export function CheckboxField({ name, label, hint, state, value = 'on' }: Props) {
  const error = state.fieldErrors[name];
  const checked = state.values[name] === value;
  const describedBy = [hint ? `hint-${name}` : null, error ? `error-${name}` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`my-4 ${error ? 'border-l-4 border-brand pl-3' : ''}`}>
      {error ? (
        <p id={`error-${name}`} className="my-1 font-bold text-brand">
          {error}
        </p>
      ) : null}
      <div className="flex items-start gap-2">
        <input
          id={`field-${name}`}
          name={name}
          type="checkbox"
          value={value}
          defaultChecked={checked}
          key={String(checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 size-6 shrink-0 accent-ink"
        />
        <div>
          <label htmlFor={`field-${name}`} className="font-bold">
            {label}
          </label>
          {hint ? (
            <p id={`hint-${name}`} className="my-0 text-base text-muted">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
