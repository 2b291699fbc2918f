'use client';
// The villager's objection form. Works without JavaScript (a Server Action with a plain form); the error
// summary at the top links to each field, each message sits next to its field. On success the same
// place shows the reference and the tracking code, once: the code is never put in a URL.
import Link from 'next/link';
import { useActionState } from 'react';
import { GuardFields, PublicErrorSummary, PublicSubmit } from '@/components/public-form';
import { initialFormState } from '@/lib/actions/form-state';
import { lodgeObjectionAction, type ObjectionFormState } from '@/lib/actions/online-objections.server';

export type ObjectionFormText = {
  about: string;
  aboutHint: string;
  summary: string;
  summaryHint: string;
  name: string;
  phone: string;
  contactHint: string;
  optional: string;
  honeypot: string;
  submit: string;
  sending: string;
  summaryTitle: string;
  sentTitle: string;
  sentReference: string;
  sentCode: string;
  sentKeep: string;
  sentLink: string;
};

const inputClass = 'mt-1 block w-full max-w-xl border-2 border-ink bg-white px-2 py-1 text-ink aria-[invalid=true]:border-brand';

export function ObjectionForm(props: {
  noticeId: number;
  stamp: string;
  trackPath: string;
  about: readonly { value: string; label: string }[];
  text: ObjectionFormText;
}) {
  const { noticeId, stamp, trackPath, about, text } = props;
  const [state, action] = useActionState<ObjectionFormState, FormData>(lodgeObjectionAction, initialFormState);
  if (state.ok && state.receipt) {
    const { reference, code } = state.receipt;
    return (
      <section aria-labelledby="sent-heading" role="status" className="my-4 border-l-8 border-open bg-panel p-4">
        <h2 id="sent-heading" className="mt-0">
          {text.sentTitle}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-xl">
          <dt>{text.sentReference}</dt>
          <dd className="font-mono font-bold" data-testid="reference">
            {reference}
          </dd>
          <dt>{text.sentCode}</dt>
          <dd className="font-mono font-bold" data-testid="tracking-code">
            {code}
          </dd>
        </dl>
        <p>{text.sentKeep}</p>
        <p>
          <Link href={`${trackPath}${reference}`}>{text.sentLink}</Link>
        </p>
      </section>
    );
  }
  const error = (name: string) => state.fieldErrors[name];
  const value = (name: string) => state.values[name] ?? '';
  const described = (name: string, hint: boolean) => [hint ? `hint-${name}` : null, error(name) ? `error-${name}` : null].filter(Boolean).join(' ') || undefined;
  const labels = { about: text.about, summary: text.summary, objectorName: text.name, objectorPhone: text.phone };
  const ErrorText = ({ name }: { name: string }) =>
    error(name) ? (
      <p id={`error-${name}`} className="my-1 font-bold text-brand">
        {error(name)}
      </p>
    ) : null;
  return (
    <form action={action} noValidate>
      <PublicErrorSummary state={state} title={text.summaryTitle} labels={labels} first="about" />
      <input type="hidden" name="noticeId" value={noticeId} />
      <GuardFields stamp={stamp} honeypotLabel={text.honeypot} />

      <fieldset className={`my-4 ${error('about') ? 'border-l-4 border-brand pl-3' : ''}`} aria-describedby={described('about', true)}>
        <legend className="font-bold">{text.about}</legend>
        <p id="hint-about" className="my-0 text-base text-muted">
          {text.aboutHint}
        </p>
        <ErrorText name="about" />
        <ul className="mt-2 space-y-2">
          {about.map((choice, i) => {
            const id = i === 0 ? 'field-about' : `field-about-${i}`;
            const checked = value('about') === choice.value;
            return (
              <li key={choice.value} className="flex items-start gap-3">
                <input
                  id={id}
                  type="radio"
                  name="about"
                  value={choice.value}
                  defaultChecked={checked}
                  key={`${choice.value}-${checked}`}
                  aria-invalid={error('about') ? true : undefined}
                  className="mt-1 size-6 shrink-0 accent-open"
                />
                <label htmlFor={id} className="cursor-pointer">
                  {choice.label}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className={`my-4 ${error('summary') ? 'border-l-4 border-brand pl-3' : ''}`}>
        <label htmlFor="field-summary" className="block font-bold">
          {text.summary}
        </label>
        <p id="hint-summary" className="my-0 text-base text-muted">
          {text.summaryHint}
        </p>
        <ErrorText name="summary" />
        <textarea
          id="field-summary"
          name="summary"
          rows={5}
          defaultValue={value('summary')}
          key={value('summary')}
          required
          aria-invalid={error('summary') ? true : undefined}
          aria-describedby={described('summary', true)}
          className={inputClass}
        />
      </div>

      <p id="hint-contact" className="mb-0 text-base text-muted">
        {text.contactHint}
      </p>
      {(
        [
          ['objectorName', text.name, 'text', 'name'],
          ['objectorPhone', text.phone, 'tel', 'tel'],
        ] as const
      ).map(([name, label, type, autoComplete]) => (
        <div key={name} className={`my-4 ${error(name) ? 'border-l-4 border-brand pl-3' : ''}`}>
          <label htmlFor={`field-${name}`} className="block font-bold">
            {label}
            <span className="font-normal"> {text.optional}</span>
          </label>
          <ErrorText name={name} />
          <input
            id={`field-${name}`}
            name={name}
            type={type}
            autoComplete={autoComplete}
            defaultValue={value(name)}
            key={value(name)}
            aria-invalid={error(name) ? true : undefined}
            aria-describedby={[`hint-contact`, error(name) ? `error-${name}` : null].filter(Boolean).join(' ')}
            className={`${inputClass} max-w-xs`}
          />
        </div>
      ))}
      <PublicSubmit label={text.submit} sending={text.sending} />
    </form>
  );
}
