'use client';
// The county's own text of the annual summary, with two buttons: save a draft (any time) or submit
// (once; the written summary and the confirmation are required). The pressed button's `intent`
// tells the Server Action which one.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { ConfirmCheckbox } from '@/components/ui/confirm-checkbox';
import { ErrorSummary, SuccessMessage, TextArea } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { summaryAction } from '@/lib/actions/summaries.server';
import { SUMMARY_TEXT_MAX, SUMMARY_TEXT_MIN } from '@/lib/domain/summary';
import { zhAdminPlan } from '@/lib/i18n/zh-admin-plan';

const t = zhAdminPlan.summary;

type Props = { programmeId: number; countyCode: string; year: number; notes: string; summary: string };

export function SummaryForm({ programmeId, countyCode, year, notes, summary }: Props) {
  const [state, action] = useActionState(summaryAction, initialFormState);
  const labels = { notes: t.notes, summary: t.summary, confirm: t.confirmLegend };
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <SuccessMessage state={state} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="countyCode" value={countyCode} />
      <input type="hidden" name="year" value={year} />
      <TextArea name="notes" label={t.notes} hint={t.notesHint} state={state} required={false} defaultValue={notes} rows={3} />
      <TextArea
        name="summary"
        label={t.summary}
        hint={t.summaryHint(SUMMARY_TEXT_MIN, SUMMARY_TEXT_MAX)}
        state={state}
        defaultValue={summary}
        rows={10}
      />
      <ConfirmCheckbox name="confirm" legend={t.confirmLegend} label={t.confirm} hint={t.confirmHint} state={state} />
      <Buttons />
    </form>
  );
}

function Buttons() {
  const { pending } = useFormStatus();
  const base = 'mt-2 border-2 px-5 py-2 font-bold disabled:opacity-70';
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" name="intent" value="save" disabled={pending} aria-disabled={pending} className={`${base} border-ink bg-white text-ink`}>
        {pending ? t.saving : t.saveDraft}
      </button>
      <button type="submit" name="intent" value="submit" disabled={pending} aria-disabled={pending} className={`${base} border-open bg-open text-white`}>
        {t.submit}
      </button>
    </div>
  );
}
