'use client';
// The villager's objection form. Works without JavaScript (a Server Action with a plain form); the error
// summary at the top links to each field, each message sits next to its field. On success the same
// place shows the reference and the tracking code, once: the code is never put in a URL.
import Link from 'next/link';
import { useActionState } from 'react';
import { GuardFields, PublicErrorSummary, PublicSubmit } from '@/components/public-form';
import { RadioGroup } from '@/components/ui/choice-list';
import { controlProps, FieldShell, inputClass } from '@/components/ui/field-parts';
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
  const labels = { about: text.about, summary: text.summary, objectorName: text.name, objectorPhone: text.phone };
  return (
    <form action={action} noValidate>
      <PublicErrorSummary state={state} title={text.summaryTitle} labels={labels} first="about" />
      <input type="hidden" name="noticeId" value={noticeId} />
      <GuardFields stamp={stamp} honeypotLabel={text.honeypot} />

      <RadioGroup name="about" legend={text.about} hint={text.aboutHint} state={state} choices={about} />

      <FieldShell name="summary" label={text.summary} hint={text.summaryHint} error={error('summary')}>
        <textarea {...controlProps('summary', text.summaryHint, error('summary'), true)} rows={5} defaultValue={value('summary')} key={value('summary')} className={inputClass} />
      </FieldShell>

      <p id="hint-contact" className="mb-0 text-base text-muted">
        {text.contactHint}
      </p>
      {(
        [
          ['objectorName', text.name, 'text', 'name'],
          ['objectorPhone', text.phone, 'tel', 'tel'],
        ] as const
      ).map(([name, label, type, autoComplete]) => (
        <FieldShell key={name} name={name} label={label} error={error(name)} required={false} optional={text.optional}>
          <input
            {...controlProps(name, undefined, error(name), false)}
            aria-describedby={error(name) ? `hint-contact error-${name}` : 'hint-contact'}
            type={type}
            autoComplete={autoComplete}
            defaultValue={value(name)}
            key={value(name)}
            className={`${inputClass} max-w-xs`}
          />
        </FieldShell>
      ))}
      <PublicSubmit label={text.submit} sending={text.sending} />
    </form>
  );
}
