'use client';
// 发展党员记录: the date each stage was reached, for one filed household's registrant.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { savePartyAction } from '@/lib/actions/duties.server';
import { initialFormState } from '@/lib/actions/form-state';
import { PARTY_DATE_FIELDS, type PartyDates } from '@/lib/domain/duties';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties;
const labels: Record<string, string> = { memberId: t.fields.memberId, householdId: t.fields.householdId, ...Object.fromEntries(PARTY_DATE_FIELDS.map((f) => [f, t.fields[f]])) };

export function PartyForm({ members, memberId, dates }: { members: { id: number; label: string }[]; memberId?: number; dates?: PartyDates | null }) {
  const [state, action] = useActionState(savePartyAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      {memberId && dates ? (
        <>
          <input type="hidden" name="memberId" value={memberId} />
          <p className="font-bold">{members.find((m) => m.id === memberId)?.label}</p>
        </>
      ) : (
        <SelectField
          name="memberId"
          label={labels.memberId!}
          state={state}
          defaultValue={memberId}
          options={members.map((m) => [String(m.id), m.label] as const)}
          placeholder={t.errors.memberId}
        />
      )}
      <p className="text-base text-muted">{t.hints.partyDate}</p>
      {PARTY_DATE_FIELDS.map((f) => (
        <TextField key={f} name={f} type="date" label={labels[f]!} hint={t.hints.date} state={state} required={f === 'appliedOn'} defaultValue={dates?.[f]} width="max-w-xs" />
      ))}
      <SubmitButton>{t.party.submit}</SubmitButton>
    </form>
  );
}
