'use client';
// The conclusion of an investigation: upheld or dismissed, with the public reason.
import { useActionState } from 'react';
import { RadioGroup } from '@/components/ui/choice-list';
import { ErrorSummary, SubmitButton, TextArea } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { resolveObjectionAction } from '@/lib/actions/objections.server';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';

const t = zhAdminNotices.objection;

export function ResolveObjectionForm({ objectionId }: { objectionId: number }) {
  const [state, action] = useActionState(resolveObjectionAction, initialFormState);
  const outcomes = [
    { value: 'upheld', label: t.outcomes.upheld },
    { value: 'dismissed', label: t.outcomes.dismissed },
  ];
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ outcome: t.outcome, reason: t.reason }} />
      <input type="hidden" name="objectionId" value={objectionId} />
      <RadioGroup name="outcome" legend={t.outcome} hint={t.outcomeHint} state={state} choices={outcomes} />
      <TextArea name="reason" label={t.reason} hint={t.reasonHint} state={state} rows={5} />
      <SubmitButton>{t.resolveButton}</SubmitButton>
    </form>
  );
}
