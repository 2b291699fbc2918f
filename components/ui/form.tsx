'use client';
// Form primitives for the officials' pages (GOV.UK patterns): an error summary at the top that links
// to each field, the message next to the field, labels and hints tied to inputs, visible focus.
import { useFormStatus } from 'react-dom';
import type { FormState } from '@/lib/actions/form-state';
import { PublicErrorSummary } from '@/components/public-form';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { controlProps, FieldShell, inputClass } from './field-parts';
import { DoneMessage } from './done-message';

export function ErrorSummary({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  return <PublicErrorSummary state={state} title={zhAdmin.errors.summaryTitle} labels={labels} separator="：" />;
}

export function SuccessMessage({ state }: { state: FormState }) {
  return state.ok === true ? <DoneMessage message={state.message} /> : null;
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  required?: boolean;
  defaultValue?: string | number | null;
};

/** The field's error, and its value: what was typed before a refusal, else the stored value. */
function fieldState(state: FormState, name: string, defaultValue: FieldProps['defaultValue']) {
  return { error: state.fieldErrors[name], value: state.values[name] ?? (defaultValue == null ? '' : String(defaultValue)) };
}

export function TextField(props: FieldProps & { type?: 'text' | 'number' | 'tel' | 'password' | 'date' | 'time'; inputMode?: 'numeric' | 'text'; autoComplete?: string; width?: string }) {
  const { name, label, hint, state, required = true, defaultValue, type = 'text', inputMode, autoComplete, width } = props;
  const { error, value } = fieldState(state, name, defaultValue);
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} required={required}>
      <input
        {...controlProps(name, hint, error, required)}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        defaultValue={type === 'password' ? undefined : value}
        key={type === 'password' ? undefined : value}
        className={`${inputClass} ${width ?? ''}`}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { name, label, hint, state, required = true, defaultValue, rows = 3 } = props;
  const { error, value } = fieldState(state, name, defaultValue);
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} required={required}>
      <textarea
        {...controlProps(name, hint, error, required)}
        rows={rows}
        defaultValue={value}
        key={value}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { options: readonly (readonly [string, string])[]; placeholder?: string }) {
  const { name, label, hint, state, required = true, defaultValue, options, placeholder } = props;
  const { error, value } = fieldState(state, name, defaultValue);
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} required={required}>
      <select
        {...controlProps(name, hint, error, required)}
        defaultValue={value}
        key={value}
        className={inputClass}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function SubmitButton({ children, tone = 'primary' }: { children: React.ReactNode; tone?: 'primary' | 'warning' }) {
  const { pending } = useFormStatus();
  const colour = tone === 'warning' ? 'bg-brand border-brand' : 'bg-open border-open';
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`mt-2 border-2 px-5 py-2 font-bold text-white disabled:opacity-70 ${colour}`}>
      {pending ? zhAdmin.form.saving : children}
    </button>
  );
}
