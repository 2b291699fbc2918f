'use client';
// 修改密码: the current password and the new one twice. On success the action signs this browser in
// again and comes back here with ?done=1.
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { changePasswordAction } from '@/lib/actions/password.server';
import { zhAdminPassword } from '@/lib/i18n/zh-admin-password';

const t = zhAdminPassword;

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={t.fields} />
      <TextField name="currentPassword" type="password" label={t.fields.currentPassword} hint={t.hints.currentPassword} state={state} autoComplete="current-password" width="max-w-xs" />
      <TextField name="newPassword" type="password" label={t.fields.newPassword} hint={t.hints.newPassword} state={state} autoComplete="new-password" width="max-w-xs" />
      <TextField name="confirmPassword" type="password" label={t.fields.confirmPassword} state={state} autoComplete="new-password" width="max-w-xs" />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
