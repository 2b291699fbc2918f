'use client';
// 新建账号: username, display name, role, region and an initial password. On success the action
// redirects to the new account's page.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { createAccountAction } from '@/lib/actions/accounts.server';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { accountLabels } from '../_components/labels';
import type { Option } from '../_components/options';

const t = zhAdminAccounts;

export function CreateForm({ roles, regions }: { roles: Option[]; regions: Option[] }) {
  const [state, action] = useActionState(createAccountAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={accountLabels} />
      <TextField name="username" label={t.fields.username} hint={t.hints.username} state={state} autoComplete="off" width="max-w-xs" />
      <TextField name="displayName" label={t.fields.displayName} hint={t.hints.displayName} state={state} autoComplete="off" />
      <SelectField name="role" label={t.fields.role} hint={t.hints.role} state={state} options={roles} placeholder={t.placeholders.role} />
      <SelectField name="regionCode" label={t.fields.regionCode} hint={t.hints.regionCode} state={state} options={regions} placeholder={t.placeholders.region} />
      <TextField name="password" type="password" label={t.fields.password} hint={t.hints.password} state={state} autoComplete="new-password" />
      <SubmitButton>{t.create.submit}</SubmitButton>
    </form>
  );
}
