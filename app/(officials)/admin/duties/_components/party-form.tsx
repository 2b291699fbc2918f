'use client';
// 发展党员记录: the date each stage was reached, for one filed household's registrant.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { savePartyAction } from '@/lib/actions/duties.server';
import { initialFormState } from '@/lib/actions/form-state';
import { PARTY_DATE_FIELDS, type PartyDates } from '@/lib/domain/duties';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties;
const labels: Record<string, string> = { householdId: t.fields.householdId, ...Object.fromEntries(PARTY_DATE_FIELDS.map((f) => [f, t.fields[f]])) };

export function PartyForm({ households, householdId, dates }: { households: { id: number; label: string }[]; householdId?: number; dates?: PartyDates | null }) {
  const [state, action] = useActionState(savePartyAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      {householdId && dates ? (
        <input type="hidden" name="householdId" value={householdId} />
      ) : (
        <SelectField
          name="householdId"
          label={labels.householdId!}
          state={state}
          defaultValue={householdId}
          options={households.map((h) => [String(h.id), h.label] as const)}
          placeholder={t.errors.householdId}
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
