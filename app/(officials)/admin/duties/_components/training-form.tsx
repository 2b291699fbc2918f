'use client';
// 记录培训: one member of a filed household trained in one practical skill.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { recordTrainingAction } from '@/lib/actions/duties.server';
import { initialFormState } from '@/lib/actions/form-state';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties;
const labels = { householdId: t.fields.householdId, skill: t.fields.skill, trainedOn: t.fields.trainedOn, trainer: t.fields.trainer };

export function TrainingForm({ households, today, householdId }: { households: { id: number; label: string }[]; today: string; householdId?: number }) {
  const [state, action] = useActionState(recordTrainingAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <SelectField
        name="householdId"
        label={labels.householdId}
        hint={t.memberFieldHint}
        state={state}
        defaultValue={householdId}
        options={households.map((h) => [String(h.id), h.label] as const)}
        placeholder={t.errors.householdId}
      />
      <TextField name="skill" label={labels.skill} hint={t.hints.skill} state={state} />
      <TextField name="trainedOn" type="date" label={labels.trainedOn} hint={t.hints.date} state={state} defaultValue={today} width="max-w-xs" />
      <TextField name="trainer" label={labels.trainer} hint={t.hints.trainer} state={state} />
      <SubmitButton>{t.trainings.submit}</SubmitButton>
    </form>
  );
}
