'use client';
// Rejecting an online submission as not an objection, with the public reason.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextArea } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { rejectOnlineObjectionAction } from '@/lib/actions/online-objections.server';
import { zhAdminOnlineObjections } from '@/lib/i18n/zh-admin-online-objections';

const t = zhAdminOnlineObjections;

export function RejectOnlineForm({ objectionId }: { objectionId: number }) {
  const [state, action] = useActionState(rejectOnlineObjectionAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ reason: t.rejectReason }} />
      <input type="hidden" name="objectionId" value={objectionId} />
      <TextArea name="reason" label={t.rejectReason} hint={t.rejectReasonHint} state={state} rows={3} />
      <SubmitButton tone="warning">{t.reject}</SubmitButton>
    </form>
  );
}
