'use client';
// 开启双因素认证: the QR code and the secret (made on the server), a code of the app to confirm them;
// then the ten recovery codes, shown once. A refused form brings back the same secret and QR code.
import Link from 'next/link';
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { enrolSecondFactorAction } from '@/lib/actions/two-factor.server';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';

const t = zhAdminTwoFactor;

export function EnrolForm(props: { enrolled: true } | { enrolled: false; secret: string; qrSvg: string }) {
  const [state, action] = useActionState(enrolSecondFactorAction, initialFormState);
  if (state.ok && state.values.recoveryCodes) {
    return (
      <section aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">{t.codesTitle}</h2>
        <p role="status" className="border-l-8 border-open bg-panel p-3 font-bold">
          {state.message}
        </p>
        <ul aria-label={t.codesTitle} className="font-mono text-xl">
          {state.values.recoveryCodes.split(' ').map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <p>
          <Link href="/admin" prefetch={false}>
            {t.toDashboard}
          </Link>
        </p>
      </section>
    );
  }
  if (props.enrolled) return <p>{t.enrolled}</p>;
  const secret = state.values.secret ?? props.secret;
  const qrSvg = state.values.qrSvg ?? props.qrSvg;
  return (
    <>
      <ErrorSummary state={state} labels={t.fields} />
      <p>{t.stepScan}</p>
      <div role="img" aria-label={t.qrLabel} className="w-56 max-w-full bg-white" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p>{t.stepManual}</p>
      <p className="font-mono text-xl" data-secret={secret}>
        {secret.replace(/(.{4})(?=.)/g, '$1 ')}
      </p>
      <p>{t.stepConfirm}</p>
      <form action={action} noValidate>
        <input type="hidden" name="secret" value={secret} />
        <TextField name="code" label={t.fields.code} hint={t.codeHint} state={state} inputMode="numeric" autoComplete="one-time-code" width="max-w-xs" />
        <SubmitButton>{t.submit}</SubmitButton>
      </form>
    </>
  );
}
