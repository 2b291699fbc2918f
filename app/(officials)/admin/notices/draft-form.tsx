'use client';
// The draft form (拟定名单), for a new draft and for editing one: the notice's texts and the
// households to list. Saving never publishes; the preview page does that.
import { useActionState } from 'react';
import { CheckboxList, type Choice } from '@/components/ui/choice-list';
import { ErrorSummary, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { createDraftAction, updateDraftAction } from '@/lib/actions/notices.server';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';

const t = zhAdminNotices;

export type DraftDefaults = {
  title: string;
  issuingBody: string;
  body: string;
  objectionPhone: string;
  objectionPlace: string;
  reviewDate?: string;
  reviewRepresentatives?: string;
};

type Props = {
  /** villageCode and year for a new draft, id for an existing one. */
  hidden: Record<string, string>;
  mode: 'create' | 'update';
  defaults: DraftDefaults;
  choices: readonly Choice[];
  selected: readonly string[];
  threshold: number;
};

export function DraftForm({ hidden, mode, defaults, choices, selected, threshold }: Props) {
  const [state, action] = useActionState(mode === 'create' ? createDraftAction : updateDraftAction, initialFormState);
  const f = t.fields;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={f} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField name="title" label={f.title} hint={t.hints.title} state={state} defaultValue={defaults.title} />
      <TextField name="issuingBody" label={f.issuingBody} hint={t.hints.issuingBody} state={state} defaultValue={defaults.issuingBody} width="max-w-md" />
      <TextField name="reviewDate" label={f.reviewDate} hint={t.hints.reviewDate} state={state} type="date" required={false} defaultValue={defaults.reviewDate ?? ''} width="max-w-xs" />
      <TextField
        name="reviewRepresentatives"
        label={f.reviewRepresentatives}
        hint={t.hints.reviewRepresentatives}
        state={state}
        inputMode="numeric"
        required={false}
        defaultValue={defaults.reviewRepresentatives ?? ''}
        width="max-w-xs"
      />
      <TextArea name="body" label={f.body} hint={t.hints.body} state={state} defaultValue={defaults.body} rows={7} />
      <TextField
        name="objectionPhone"
        label={f.objectionPhone}
        hint={t.hints.objectionPhone}
        state={state}
        type="tel"
        defaultValue={defaults.objectionPhone}
        width="max-w-xs"
      />
      <TextField name="objectionPlace" label={f.objectionPlace} hint={t.hints.objectionPlace} state={state} defaultValue={defaults.objectionPlace} />
      <CheckboxList name="householdIds" legend={f.householdIds} hint={t.hints.householdIds(threshold)} state={state} choices={choices} defaultValues={selected} />
      <SubmitButton>{mode === 'create' ? t.draft.save : t.draft.saveChanges}</SubmitButton>
    </form>
  );
}
