// The parts every form field shares, the officials' and the public ones (GOV.UK pattern): the hint and
// the message next to the field, tied to the input by `aria-describedby`, and the red bar beside a field
// with a message. The ids are `hint-<name>` and `error-<name>`; the input's own id is `field-<name>`,
// where the error summary links. No hooks, so server and client components can both use them.
import { zhFieldMarks } from '@/lib/i18n/zh-field-marks';

/** The ids of the hint and the message (those shown), then any `extra` ids, for `aria-describedby`. */
export function describedBy(name: string, hint?: string, error?: string, ...extra: string[]): string | undefined {
  return [hint ? `hint-${name}` : null, error ? `error-${name}` : null, ...extra].filter(Boolean).join(' ') || undefined;
}

/** The class of a field's box: a red bar on the left while it has a message. */
export function fieldBoxClass(error: string | undefined): string {
  return `my-4 ${error ? 'border-l-4 border-brand pl-3' : ''}`;
}

/**
 * The attributes every field's control carries: the id the error summary links to, its name, whether it
 * is required, and its error state and descriptions. (React's `key`, which refills it, stays at the call.)
 */
export function controlProps(name: string, hint: string | undefined, error: string | undefined, required?: boolean) {
  return { id: `field-${name}`, name, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(name, hint, error) } as const;
}

/** A text input's, select's or file input's class: full width up to 36rem, a red border while invalid. */
export const inputClass = 'mt-1 block w-full max-w-xl border-2 border-ink bg-white px-2 py-1 text-ink aria-[invalid=true]:border-brand';

/** （选填） after a label or legend, unless the field is required; the public forms pass it in the page's language. */
export function OptionalMark({ required, text = zhFieldMarks.optional }: { required: boolean; text?: string }) {
  return required ? null : <span className="font-normal"> {text}</span>;
}

export function FieldHint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <p id={`hint-${name}`} className="my-0 text-base text-muted">
      {hint}
    </p>
  ) : null;
}

/** The message next to the field; `live` where it can appear without a submission (a check in the browser). */
export function FieldError({ name, error, live }: { name: string; error?: string; live?: boolean }) {
  return error ? (
    <p id={`error-${name}`} className="my-1 font-bold text-brand" aria-live={live ? 'polite' : undefined}>
      {error}
    </p>
  ) : null;
}

export function HintAndError({ name, hint, error, live }: { name: string; hint?: string; error?: string; live?: boolean }) {
  return (
    <>
      <FieldHint name={name} hint={hint} />
      <FieldError name={name} error={error} live={live} />
    </>
  );
}

/** A labelled field: its box, the label (with （选填） unless required), the hint and the message, then the input. */
export function FieldShell({
  name,
  label,
  hint,
  error,
  required = true,
  optional,
  live,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** The （选填） mark's text, where it is not the officials' Chinese. */
  optional?: string;
  live?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={fieldBoxClass(error)}>
      <label htmlFor={`field-${name}`} className="block font-bold">
        {label}
        <OptionalMark required={required} text={optional} />
      </label>
      <HintAndError name={name} hint={hint} error={error} live={live} />
      {children}
    </div>
  );
}
