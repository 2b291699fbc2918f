'use client';
// Recording an objection (登记异议): how it came in, what it is about, what was said and by whom.
// The last three are private; the form says so next to each field.
import { useActionState } from 'react';
import { RadioGroup, type Choice } from '@/components/ui/choice-list';
import { ErrorSummary, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { recordObjectionAction } from '@/lib/actions/objections.server';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';

const t = zhAdminNotices.objection;

export function RecordObjectionForm({ noticeId, about }: { noticeId: number; about: readonly Choice[] }) {
  const [state, action] = useActionState(recordObjectionAction, initialFormState);
  const channels: Choice[] = Object.entries(t.channels).map(([value, label]) => ({ value, label }));
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ channel: t.channel, about: t.about, summary: t.summary, objectorName: t.objectorName, objectorContact: t.objectorContact }}
      />
      <input type="hidden" name="noticeId" value={noticeId} />
      <RadioGroup name="channel" legend={t.channel} state={state} choices={channels} />
      <RadioGroup name="about" legend={t.about} state={state} choices={about} />
      <TextArea name="summary" label={t.summary} hint={t.summaryHint} state={state} rows={5} />
      <TextField name="objectorName" label={t.objectorName} hint={t.objectorNameHint} state={state} required={false} width="max-w-xs" />
      <TextField name="objectorContact" label={t.objectorContact} hint={t.objectorContactHint} state={state} required={false} width="max-w-md" />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
