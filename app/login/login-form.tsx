'use client';
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextField } from '@/components/ui/form';
import { login } from '@/lib/actions/auth.server';
import { initialFormState } from '@/lib/actions/form-state';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(login, initialFormState);
  const t = zhAdmin.login;
  // After a right password of an account with a second factor: the code step (lib/auth/two-factor.ts).
  const pending = state.values.pending;
  if (pending) {
    const tf = zhAdminTwoFactor.login;
    return (
      <form action={action} noValidate>
        <ErrorSummary state={state} labels={{ code: tf.code }} />
        <p>{tf.intro}</p>
        <input type="hidden" name="pending" value={pending} />
        <input type="hidden" name="callbackUrl" value={state.values.callbackUrl ?? callbackUrl} />
        <TextField name="code" label={tf.code} hint={tf.codeHint} state={state} autoComplete="one-time-code" width="max-w-xs" />
        <SubmitButton>{tf.submit}</SubmitButton>
      </form>
    );
  }
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
