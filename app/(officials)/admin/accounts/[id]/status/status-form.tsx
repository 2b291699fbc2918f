'use client';
// 停用 / 启用账号: a confirmation page's one button. On success the action redirects to the account.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { disableAccountAction, enableAccountAction } from '@/lib/actions/accounts.server';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';

const t = zhAdminAccounts.toggle;

export function StatusForm({ id, disable }: { id: number; disable: boolean }) {
  const [state, action] = useActionState(disable ? disableAccountAction : enableAccountAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{}} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton tone={disable ? 'warning' : 'primary'}>{disable ? t.disableSubmit : t.enableSubmit}</SubmitButton>
    </form>
  );
}
