'use client';
// Screening a left-out report (应列未列): the outcome and a reason that will be public.
import { useActionState } from 'react';
import { RadioGroup } from '@/components/ui/choice-list';
import { ErrorSummary, SubmitButton, TextArea } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { screenLeftOutAction } from '@/lib/actions/left-out.server';
import { zhLeftOut } from '@/lib/i18n/zh-left-out';

const t = zhLeftOut;

export function ScreenForm({ reportId }: { reportId: number }) {
  const [state, action] = useActionState(screenLeftOutAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ outcome: t.outcome, reason: t.reason }} />
      <input type="hidden" name="reportId" value={reportId} />
      <RadioGroup
        name="outcome"
        legend={t.outcome}
        state={state}
        choices={[
          { value: 'screened_in', label: t.outcomes.screened_in },
          { value: 'not_eligible', label: t.outcomes.not_eligible },
        ]}
      />
      <TextArea name="reason" label={t.reason} hint={t.reasonHint} state={state} rows={3} />
      <SubmitButton>{t.screenSubmit}</SubmitButton>
    </form>
  );
}
