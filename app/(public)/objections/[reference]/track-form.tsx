'use client';
// The tracking code form and, once it matches, the objection's public state and outcome. Works without
// JavaScript; the code is posted, never put in the URL, and never sent back to the page.
import Link from 'next/link';
import { useActionState } from 'react';
import { PublicErrorSummary, PublicSubmit } from '@/components/public-form';
import { initialFormState } from '@/lib/actions/form-state';
import { lookupObjectionAction, type TrackFormState } from '@/lib/actions/online-objections.server';
import { dateFormat } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/locale';
import { DetailList } from '@/components/ui/figure-tiles';
import { controlProps, FieldShell } from '@/components/ui/field-parts';

export type TrackFormText = {
  intro: string;
  code: string;
  codeHint: string;
  submit: string;
  sending: string;
  summaryTitle: string;
  facts: { notice: string; about: string; received: string; status: string; resolved: string; reason: string };
  statuses: Record<string, string>;
  whole: string;
  /** aboutEntry(position, name) of the catalogue, with {p} and {n} for the two. */
  entry: string;
};

export function TrackForm({ reference, noticePath, locale, text }: { reference: string; noticePath: string; locale: Locale; text: TrackFormText }) {
  const [state, action] = useActionState<TrackFormState, FormData>(lookupObjectionAction, initialFormState);
  const date = dateFormat(locale).date;
  const error = state.fieldErrors.code;
  const o = state.ok ? state.objection : undefined;
  return (
    <>
      {o ? (
        <section aria-labelledby="state-heading" role="status" className="my-4 border-l-8 border-open bg-panel p-4">
          <h2 id="state-heading" className="mt-0">
            {text.statuses[o.status]}
          </h2>
          <DetailList
            rows={[
              [text.facts.notice, <Link href={`${noticePath}${o.noticeId}`}>{o.noticeTitle}</Link>],
              [text.facts.about, o.about ? text.entry.replace('{p}', String(o.about.position)).replace('{n}', o.about.maskedName) : text.whole],
              [text.facts.received, date(new Date(o.receivedAt))],
              [text.facts.status, text.statuses[o.status], { testId: 'objection-status' }],
              o.resolvedAt && [text.facts.resolved, date(new Date(o.resolvedAt))],
              o.reason ? [text.facts.reason, o.reason, { className: 'whitespace-pre-line', testId: 'objection-reason' }] : null,
            ]}
          />
        </section>
      ) : null}
      <form action={action} noValidate>
        <PublicErrorSummary state={state} title={text.summaryTitle} labels={{ code: text.code }} first="code" />
        <p>{text.intro}</p>
        <input type="hidden" name="reference" value={reference} />
        <FieldShell name="code" label={text.code} hint={text.codeHint} error={error}>
          <input
            {...controlProps('code', text.codeHint, error, true)}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="mt-1 block w-full max-w-xs border-2 border-ink bg-white px-2 py-1 font-mono text-ink aria-[invalid=true]:border-brand"
          />
        </FieldShell>
        <PublicSubmit label={text.submit} sending={text.sending} />
      </form>
    </>
  );
}
