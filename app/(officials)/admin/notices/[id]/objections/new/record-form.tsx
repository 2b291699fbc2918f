'use client';
// Recording an objection (登记异议): how it came in, what it is about, what was said and by whom.
// The last three are private; the form says so next to each field.
import { useActionState } from 'react';
import { RadioGroup, type Choice } from '@/components/ui/choice-list';
import { ErrorSummary, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { recordObjectionAction } from '@/lib/actions/objections.server';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';

const t = zhAdminNotices.objection;

const pm = zhAdminOnlineObjections.postmark;

/** `lettersOnly`: the period has ended, and only a letter postmarked within it may still be recorded. */
export function RecordObjectionForm({ noticeId, about, lettersOnly = false }: { noticeId: number; about: readonly Choice[]; lettersOnly?: boolean }) {
  const [state, action] = useActionState(recordObjectionAction, initialFormState);
  // 'online' objections come from the public form only.
  const channels: Choice[] = Object.entries(t.channels)
    .filter(([value]) => value !== 'online' && (!lettersOnly || value === 'letter'))
    .map(([value, label]) => ({ value, label }));
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ channel: t.channel, about: t.about, summary: t.summary, objectorName: t.objectorName, objectorContact: t.objectorContact, postmarkedOn: pm.label }}
      />
      <input type="hidden" name="noticeId" value={noticeId} />
      <RadioGroup name="channel" legend={t.channel} state={state} choices={channels} />
      <TextField name="postmarkedOn" type="date" label={pm.label} hint={pm.hint} state={state} required={lettersOnly} width="max-w-xs" />
      <RadioGroup name="about" legend={t.about} state={state} choices={about} />
      <TextArea name="summary" label={t.summary} hint={t.summaryHint} state={state} rows={5} />
      <TextField name="objectorName" label={t.objectorName} hint={t.objectorNameHint} state={state} required={false} width="max-w-xs" />
      <TextField name="objectorContact" label={t.objectorContact} hint={t.objectorContactHint} state={state} required={false} width="max-w-md" />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
