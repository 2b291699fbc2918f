'use client';
// An official records a left-out report brought in person or by phone (应列未列).
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextArea } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { recordLeftOutAction } from '@/lib/actions/left-out.server';
import { zhLeftOut } from '@/lib/i18n/zh-left-out';

const t = zhLeftOut;

export function RecordLeftOutForm({ villages }: { villages: readonly (readonly [string, string])[] }) {
  const [state, action] = useActionState(recordLeftOutAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ villageCode: t.facts.village, who: t.who, why: t.why, contact: t.contact }} />
      <SelectField name="villageCode" label={t.facts.village} state={state} options={villages} defaultValue={villages.length === 1 ? villages[0]![0] : ''} placeholder={villages.length === 1 ? undefined : ''} />
      <TextArea name="who" label={t.who} hint={t.whoHint} state={state} rows={2} />
      <TextArea name="why" label={t.why} hint={t.whyHint} state={state} rows={4} />
      <TextArea name="contact" label={t.contact} hint={t.contactHint} state={state} rows={2} required={false} />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
