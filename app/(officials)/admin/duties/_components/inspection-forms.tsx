'use client';
// 督导检查: the inspection with up to three required fixes; on its page, another fix, and a fix done.
import { useActionState } from 'react';
import { ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { addFixAction, recordInspectionAction, resolveFixAction } from '@/lib/actions/duties.server';
import { initialFormState } from '@/lib/actions/form-state';
import { zhAdminDuties } from '@/lib/i18n/zh-admin-duties';

const t = zhAdminDuties;
const SLOTS = [1, 2, 3] as const;
const labels: Record<string, string> = {
  regionCode: t.fields.regionCode,
  inspectedOn: t.fields.inspectedOn,
  findings: t.fields.findings,
  ...Object.fromEntries(SLOTS.flatMap((n) => [[`requirement${n}`, t.fixSlot(n)], [`dueOn${n}`, t.fixSlotDue(n)]])),
};

export function InspectionForm({ regions, today }: { regions: { code: string; label: string }[]; today: string }) {
  const [state, action] = useActionState(recordInspectionAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} />
      <SelectField name="regionCode" label={labels.regionCode!} hint={t.hints.regionCode} state={state} options={regions.map((r) => [r.code, r.label] as const)} placeholder={t.errors.regionCode} />
      <TextField name="inspectedOn" type="date" label={labels.inspectedOn!} hint={t.hints.date} state={state} defaultValue={today} width="max-w-xs" />
      <TextArea name="findings" label={labels.findings!} hint={t.hints.findings} state={state} rows={4} />
      <fieldset className="my-4">
        <legend className="font-bold">{t.inspections.fixesLegend}</legend>
        <p className="my-0 text-base text-muted">{t.hints.fixes}</p>
        {SLOTS.map((n) => (
          <div key={n} className="border-l-4 border-muted pl-3">
            <TextField name={`requirement${n}`} label={labels[`requirement${n}`]!} state={state} required={false} />
            <TextField name={`dueOn${n}`} type="date" label={labels[`dueOn${n}`]!} hint={t.hints.dueOn} state={state} required={false} width="max-w-xs" />
          </div>
        ))}
      </fieldset>
      <SubmitButton>{t.inspections.submit}</SubmitButton>
    </form>
  );
}

export function AddFixForm({ inspectionId }: { inspectionId: number }) {
  const [state, action] = useActionState(addFixAction, initialFormState);
  const fixLabels = { requirement: t.fields.requirement, dueOn: t.fields.dueOn, inspectionId: t.fields.inspectionId };
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={fixLabels} />
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <TextField name="requirement" label={fixLabels.requirement} state={state} />
      <TextField name="dueOn" type="date" label={fixLabels.dueOn} hint={t.hints.dueOn} state={state} width="max-w-xs" />
      <SubmitButton>{t.inspections.addFixSubmit}</SubmitButton>
    </form>
  );
}

/** Marks one fix done. Field names carry no per-fix suffix: each fix has its own form and error summary. */
export function ResolveFixForm({ fixId, today }: { fixId: number; today: string }) {
  const [state, action] = useActionState(resolveFixAction, initialFormState);
  const fixLabels = { fixedOn: t.fields.fixedOn, fixNote: t.fields.fixNote, fixId: t.fields.fixId };
  return (
    <form action={action} noValidate aria-label={`${t.inspections.resolve} ${fixId}`}>
      <ErrorSummary state={state} labels={fixLabels} />
      <input type="hidden" name="fixId" value={fixId} />
      <TextField name="fixedOn" type="date" label={fixLabels.fixedOn} hint={t.hints.fixedOn} state={state} defaultValue={today} width="max-w-xs" />
      <TextArea name="fixNote" label={fixLabels.fixNote} state={state} rows={2} />
      <SubmitButton>{t.inspections.resolveSubmit}</SubmitButton>
    </form>
  );
}
