'use client';
// The decision of the official's own approval step: agree or return, the opinion written on the
// registration form, and its date (today unless the paper form says otherwise).
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, SuccessMessage, TextArea, TextField } from '@/components/ui/form';
import { RadioGroup } from '@/components/ui/choice-list';
import { decideApprovalAction } from '@/lib/actions/approvals.server';
import { initialFormState } from '@/lib/actions/form-state';
import { zhAdminApprovals } from '@/lib/i18n/zh-admin-approvals';

const t = zhAdminApprovals.form;

/** `dateHint` is worked out on the server, which knows the notice's closing and the last decision. */
export function ApprovalDecisionForm({ householdId, today, dateHint }: { householdId: number; today: string; dateHint: string }) {
  const [state, action] = useActionState(decideApprovalAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={t.fields} />
      <SuccessMessage state={state} />
      <input type="hidden" name="householdId" value={householdId} />
      <RadioGroup
        name="decision"
        legend={t.legendDecision}
        hint={t.hints.decision}
        state={state}
        choices={[
          { value: 'agree', label: zhAdminApprovals.decisions.agree },
          { value: 'return', label: zhAdminApprovals.decisions.return },
        ]}
      />
      <TextArea name="opinion" label={t.fields.opinion} hint={t.hints.opinion} state={state} rows={4} />
      <TextField name="decidedOn" type="date" label={t.fields.decidedOn} hint={dateHint} state={state} defaultValue={today} width="max-w-xs" />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
