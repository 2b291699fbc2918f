'use client';
// 修改账号: display name, role and region. The administrator's own role is shown, not offered: the
// action refuses a self-demotion anyway, and a form that cannot succeed should not be offered.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { updateAccountAction } from '@/lib/actions/accounts.server';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';
import { accountLabels } from '../_components/labels';
import type { Option } from '../_components/options';

const t = zhAdminAccounts;

type Props = {
  id: number;
  defaults: { displayName: string; role: string; regionCode: string };
  roles: Option[];
  regions: Option[];
  /** The administrator's own account: the role stays as it is. */
  self: { roleLabel: string } | null;
};

export function EditForm({ id, defaults, roles, regions, self }: Props) {
  const [state, action] = useActionState(updateAccountAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={accountLabels} />
      <input type="hidden" name="id" value={id} />
      <TextField name="displayName" label={t.fields.displayName} hint={t.hints.displayName} state={state} defaultValue={defaults.displayName} autoComplete="off" />
      {self ? (
        <div className="my-4">
          <input type="hidden" name="role" value={defaults.role} />
          <p className="my-0 font-bold">{t.fields.role}</p>
          <p className="my-0">{t.detail.selfRole(self.roleLabel)}</p>
        </div>
      ) : (
        <SelectField name="role" label={t.fields.role} hint={t.hints.role} state={state} options={roles} defaultValue={defaults.role} />
      )}
      <SelectField name="regionCode" label={t.fields.regionCode} hint={t.hints.regionCode} state={state} options={regions} defaultValue={defaults.regionCode} />
      <SubmitButton>{t.detail.editSubmit}</SubmitButton>
    </form>
  );
}
