'use client';
// Withdrawing a posting record (撤回) needs a reason; the page above it says what withdrawal does.
// A form posting to a Server Action: it works without JavaScript too.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextArea } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { withdrawPostingAction } from '@/lib/actions/postings.server';
import { zhPosting } from '@/lib/i18n/zh-posting';

const t = zhPosting;

export function PostingWithdrawForm({ noticeId, postingId }: { noticeId: number; postingId: number }) {
  const [state, action] = useActionState(withdrawPostingAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ reason: t.withdrawReason }} />
      <input type="hidden" name="noticeId" value={noticeId} />
      <input type="hidden" name="postingId" value={postingId} />
      <TextArea name="reason" label={t.withdrawReason} hint={t.withdrawReasonHint} state={state} rows={3} />
      <SubmitButton tone="warning">{t.withdrawSubmit}</SubmitButton>
    </form>
  );
}
