// Radio groups and checkbox lists for the officials' forms and the villager's objection form, in the
// pattern of ./form.tsx: a fieldset with its legend, the hint and the error next to it, each option with
// its own label. The first option carries the id `field-<name>`, so the error summary's link lands on
// the group.
import type { FormState } from '@/lib/actions/form-state';
import { describedBy, fieldBoxClass, HintAndError, OptionalMark } from './field-parts';

export type Choice = { value: string; label: string; hint?: string };

type ChoiceListProps = {
  name: string;
  legend: string;
  hint?: string;
  state: FormState;
  choices: readonly Choice[];
  required?: boolean;
  /** Checked before any submission: one value for radios, any number for checkboxes. */
  defaultValues?: readonly string[];
};

function ChoiceList({ type, name, legend, hint, state, choices, required = true, defaultValues = [] }: ChoiceListProps & { type: 'radio' | 'checkbox' }) {
  const error = state.fieldErrors[name];
  // After a refused submission, what was chosen comes back (checkboxes as one comma-separated value).
  const submitted = state.values[name];
  const checked = new Set(submitted !== undefined ? submitted.split(',').filter(Boolean) : defaultValues);
  return (
    <fieldset className={fieldBoxClass(error)} aria-describedby={describedBy(name, hint, error)}>
      <legend className="font-bold">
        {legend}
        <OptionalMark required={required} />
      </legend>
      <HintAndError name={name} hint={hint} error={error} />
      <ul className="mt-2 space-y-2">
        {choices.map((choice, i) => {
          const id = i === 0 ? `field-${name}` : `field-${name}-${i}`;
          return (
            <li key={choice.value} className="flex items-start gap-3">
              <input
                id={id}
                type={type}
                name={name}
                value={choice.value}
                defaultChecked={checked.has(choice.value)}
                key={`${choice.value}-${checked.has(choice.value)}`}
                aria-invalid={error ? true : undefined}
                aria-describedby={choice.hint ? `${id}-hint` : undefined}
                className="mt-1 size-6 shrink-0 accent-open"
              />
              <label htmlFor={id} className="cursor-pointer">
                {choice.label}
                {choice.hint ? (
                  <span id={`${id}-hint`} className="block text-base text-muted">
                    {choice.hint}
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function RadioGroup(props: ChoiceListProps) {
  return <ChoiceList type="radio" {...props} />;
}

export function CheckboxList(props: ChoiceListProps) {
  return <ChoiceList type="checkbox" {...props} />;
}
