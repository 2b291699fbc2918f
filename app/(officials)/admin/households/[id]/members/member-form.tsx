'use client';
// One member at a time (works without JavaScript): a new member, a declared member being entered, an
// entered member corrected, or member 1's labour, willingness and enrolment (identity stays the household's).
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { saveMemberAction, saveRegistrantDetailsAction } from '@/lib/actions/members.server';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';

const t = zhAdminMembers;

export type MemberFormDefaults = Partial<Record<keyof typeof t.fields, string>>;

const yesNo = [
  ['yes', t.yes],
  ['no', t.no],
] as const;

export function MemberForm({
  householdId,
  memberId,
  registrant,
  defaults,
}: {
  householdId: number;
  memberId: number | null;
  registrant: boolean;
  defaults: MemberFormDefaults;
}) {
  const [state, action] = useActionState(registrant ? saveRegistrantDetailsAction : saveMemberAction, initialFormState);
  const relations = Object.entries(t.relations).filter(([k]) => k !== 'self') as [string, string][];
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={t.fields} />
      <input type="hidden" name="householdId" value={householdId} />
      <input type="hidden" name="memberId" value={memberId ?? ''} />
      {registrant ? null : (
        <>
          <TextField name="fullName" label={t.fields.fullName} state={state} defaultValue={defaults.fullName} autoComplete="off" />
          <SelectField name="relation" label={t.fields.relation} state={state} options={relations} placeholder={t.choose} defaultValue={defaults.relation} />
          <TextField name="idNumber" label={t.fields.idNumber} state={state} defaultValue={defaults.idNumber} autoComplete="off" width="w-64" />
          <SelectField name="sex" label={t.fields.sex} state={state} options={Object.entries(t.sex)} placeholder={t.choose} defaultValue={defaults.sex} />
          <TextField name="age" label={t.fields.age} state={state} inputMode="numeric" defaultValue={defaults.age} width="w-24" />
          <TextField name="certificateNumber" label={t.fields.certificateNumber} state={state} required={false} defaultValue={defaults.certificateNumber} autoComplete="off" />
        </>
      )}
      <SelectField name="labourCapacity" label={t.fields.labourCapacity} state={state} required={false} options={Object.entries(t.labour)} placeholder={t.unknown} defaultValue={defaults.labourCapacity} />
      <SelectField name="willingToWork" label={t.fields.willingToWork} state={state} required={false} options={yesNo} placeholder={t.unknown} defaultValue={defaults.willingToWork} />
      <SelectField name="ruralMedical" label={t.fields.ruralMedical} state={state} required={false} options={yesNo} placeholder={t.unknown} defaultValue={defaults.ruralMedical} />
      <SelectField name="ruralPension" label={t.fields.ruralPension} state={state} required={false} options={yesNo} placeholder={t.unknown} defaultValue={defaults.ruralPension} />
      <SelectField name="dibao" label={t.fields.dibao} state={state} required={false} options={Object.entries(t.dibao)} placeholder={t.unknown} defaultValue={defaults.dibao} />
      <TextField name="skills" label={t.fields.skills} state={state} required={false} defaultValue={defaults.skills} />
      <SubmitButton>{t.save}</SubmitButton>
    </form>
  );
}
