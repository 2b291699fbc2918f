'use client';
// One member at a time (works without JavaScript): a new member, a declared member being entered, an
// entered member corrected, or member 1's labour, willingness and enrolment (identity stays the household's).
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { saveMemberAction, saveRegistrantDetailsAction } from '@/lib/actions/members.server';
import { zhAdminMembers } from '@/lib/i18n/zh-admin-members';
import { MemberFields, type MemberFormDefaults } from '../../_components/member-fields';

const t = zhAdminMembers;

export type { MemberFormDefaults };

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
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={t.fields} />
      <input type="hidden" name="householdId" value={householdId} />
      <input type="hidden" name="memberId" value={memberId ?? ''} />
      <MemberFields state={state} registrant={registrant} defaults={defaults} />
      <SubmitButton>{t.save}</SubmitButton>
    </form>
  );
}
