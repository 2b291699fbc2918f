'use client';
// 记录培训: one member of a filed household trained in one practical skill.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { recordTrainingAction } from '@/lib/actions/duties.server';
import { initialFormState } from '@/lib/actions/form-state';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties;
const labels = { memberId: t.fields.memberId, householdId: t.fields.householdId, skill: t.fields.skill, trainedOn: t.fields.trainedOn, trainer: t.fields.trainer };

/** `members`: value (member id) and label of each member to choose from. */
export function TrainingForm({ members, today, memberId }: { members: { id: number; label: string }[]; today: string; memberId?: number }) {
  const [state, action] = useActionState(recordTrainingAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <SelectField
        name="memberId"
        label={labels.memberId}
        hint={t.memberFieldHint}
        state={state}
        defaultValue={memberId}
        options={members.map((m) => [String(m.id), m.label] as const)}
        placeholder={t.errors.memberId}
      />
      <TextField name="skill" label={labels.skill} hint={t.hints.skill} state={state} />
      <TextField name="trainedOn" type="date" label={labels.trainedOn} hint={t.hints.date} state={state} defaultValue={today} width="max-w-xs" />
      <TextField name="trainer" label={labels.trainer} hint={t.hints.trainer} state={state} />
      <SubmitButton>{t.trainings.submit}</SubmitButton>
    </form>
  );
}
