'use client';
// 重置密码: one field. On success the action redirects to the account's page.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { resetPasswordAction } from '@/lib/actions/accounts.server';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';

const t = zhAdminAccounts;
const labels = { password: t.fields.newPassword };

export function PasswordForm({ id }: { id: number }) {
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <input type="hidden" name="id" value={id} />
      <TextField name="password" type="password" label={t.fields.newPassword} hint={t.hints.newPassword} state={state} autoComplete="new-password" />
      <SubmitButton>{t.password.submit}</SubmitButton>
    </form>
  );
}
