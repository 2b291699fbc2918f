'use client';
// 记录联席会议 of the official's county: date, bodies attending, matters decided, optional public summary.
import { useActionState } from 'react';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { ErrorSummary, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { recordMeetingAction } from '@/lib/actions/duties.server';
import { initialFormState } from '@/lib/actions/form-state';
import { MEETING_BODIES } from '@/lib/domain/duties';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties;
const labels = {
  heldOn: t.fields.heldOn,
  bodies: t.fields.bodies,
  otherBodies: t.fields.otherBodies,
  decisions: t.fields.decisions,
  publicSummary: t.fields.publicSummary,
};

export function MeetingForm({ today }: { today: string }) {
  const [state, action] = useActionState(recordMeetingAction, initialFormState);
  const error = state.fieldErrors.bodies;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <TextField name="heldOn" type="date" label={labels.heldOn} hint={t.hints.date} state={state} defaultValue={today} width="max-w-xs" />
      <fieldset id="field-bodies" tabIndex={-1} className={`my-4 ${error ? 'border-l-4 border-brand pl-3' : ''}`} aria-describedby={error ? 'hint-bodies error-bodies' : 'hint-bodies'}>
        <legend className="font-bold">{labels.bodies}</legend>
        <p id="hint-bodies" className="my-0 text-base text-muted">
          {t.hints.bodies}
        </p>
        {error ? (
          <p id="error-bodies" className="my-1 font-bold text-brand">
            {error}
          </p>
        ) : null}
        {MEETING_BODIES.map((b) => (
          <CheckboxField key={b} name={`body_${b}`} label={t.meetingBodies[b]} state={state} />
        ))}
        <TextField name="otherBodies" label={labels.otherBodies} hint={t.hints.otherBodies} state={state} required={false} />
      </fieldset>
      <TextArea name="decisions" label={labels.decisions} hint={t.hints.decisions} state={state} rows={4} />
      <TextArea name="publicSummary" label={labels.publicSummary} hint={t.hints.publicSummary} state={state} required={false} rows={3} />
      <SubmitButton>{t.meetings.submit}</SubmitButton>
    </form>
  );
}
