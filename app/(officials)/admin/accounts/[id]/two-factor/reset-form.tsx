'use client';
// 重置双因素认证: the confirmation page's one button. On success the action redirects to the account.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/components/ui/form';
import { resetSecondFactorAction } from '@/lib/actions/accounts.server';
import { initialFormState } from '@/lib/actions/form-state';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';

export function ResetSecondFactorForm({ id }: { id: number }) {
  const [state, action] = useActionState(resetSecondFactorAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{}} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton tone="warning">{zhAdminTwoFactor.reset.submit}</SubmitButton>
    </form>
  );
}
