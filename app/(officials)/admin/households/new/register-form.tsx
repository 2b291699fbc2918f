'use client';
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { registerHouseholdAction } from '@/lib/actions/households.server';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { HouseholdFields, type HouseholdFormDefaults, type HouseholdFormOptions } from '../_components/household-fields';

export function RegisterForm({ options, defaults }: { options: HouseholdFormOptions; defaults: HouseholdFormDefaults }) {
  const [state, action] = useActionState(registerHouseholdAction, initialFormState);
  const t = zhAdminHouseholds;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={t.fields} />
      <HouseholdFields state={state} options={options} defaults={defaults} photoHint={t.hints.photo} />
      <SubmitButton>{t.register.submit}</SubmitButton>
    </form>
  );
}
