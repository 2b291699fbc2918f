'use client';
import { useActionState } from 'react';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { ErrorSummary, SubmitButton, SuccessMessage } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { updateHouseholdAction } from '@/lib/actions/households.server';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { HouseholdFields, type HouseholdFormDefaults, type HouseholdFormOptions } from '../_components/household-fields';

type Props = {
  householdId: number;
  options: HouseholdFormOptions;
  defaults: HouseholdFormDefaults;
  /** Where the current photo is served, when there is one. */
  photoSrc: string | null;
  photoAlt: string;
};

export function EditForm({ householdId, options, defaults, photoSrc, photoAlt }: Props) {
  const [state, action] = useActionState(updateHouseholdAction, initialFormState);
  const t = zhAdminHouseholds;
  const currentPhoto = photoSrc ? (
    <>
      <p className="mb-1 font-bold">{t.edit.currentPhoto}</p>
      {/* A plain img: a private, per-request image must not go through the image optimiser's cache. */}
      <img src={photoSrc} alt={photoAlt} className="max-h-48 border-2 border-line" />
      <CheckboxField name="removePhoto" label={t.fields.removePhoto} hint={t.hints.removePhoto} state={state} />
    </>
  ) : null;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={t.fields} />
      <SuccessMessage state={state} />
      <input type="hidden" name="householdId" value={householdId} />
      <HouseholdFields state={state} options={options} defaults={defaults} photoHint={photoSrc ? t.hints.newPhoto : t.hints.photo} afterPhoto={currentPhoto} />
      <SubmitButton>{t.edit.submit}</SubmitButton>
    </form>
  );
}
