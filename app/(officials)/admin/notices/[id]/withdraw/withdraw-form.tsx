'use client';
// Withdrawal (撤回) needs a public reason; the notice page explains what withdrawal does.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextArea } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { withdrawNoticeAction } from '@/lib/actions/notices.server';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';

export function WithdrawForm({ noticeId }: { noticeId: number }) {
  const [state, action] = useActionState(withdrawNoticeAction, initialFormState);
  const t = zhAdminNotices.withdraw;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ reason: t.reason }} />
      <input type="hidden" name="id" value={noticeId} />
      <TextArea name="reason" label={t.reason} hint={t.reasonHint} state={state} rows={4} />
      <SubmitButton tone="warning">{t.submit}</SubmitButton>
    </form>
  );
}
