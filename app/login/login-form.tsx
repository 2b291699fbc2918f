'use client';
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextField } from '@/components/ui/form';
import { login } from '@/lib/actions/auth.server';
import { initialFormState } from '@/lib/actions/form-state';
import { zhAdmin } from '@/lib/i18n/zh-admin';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(login, initialFormState);
  const t = zhAdmin.login;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ username: t.username, password: t.password }} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="username" label={t.username} state={state} autoComplete="username" width="max-w-xs" />
      <TextField name="password" label={t.password} state={state} type="password" autoComplete="current-password" width="max-w-xs" />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
