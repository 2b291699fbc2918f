'use client';
// Recording where and when the notice was posted (张贴记录), with an optional photo of the board.
import { useActionState } from 'react';
import { FileField } from '@/components/ui/file-field';
import { ErrorSummary, SubmitButton, TextField } from '@/components/ui/form';
import { initialFormState } from '@/lib/actions/form-state';
import { recordPostingAction } from '@/lib/actions/postings.server';
import { POSTING_PHOTO_MAX_BYTES, zhPosting } from '@/lib/i18n/zh-posting';

const t = zhPosting;

export function PostingForm({ noticeId, today }: { noticeId: number; today: string }) {
  const [state, action] = useActionState(recordPostingAction, initialFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ place: t.place, postedDate: t.date, postedTime: t.time, photo: t.photo }} />
      <input type="hidden" name="noticeId" value={noticeId} />
      <TextField name="place" label={t.place} hint={t.placeHint} state={state} />
      <TextField name="postedDate" label={t.date} hint={t.dateHint} state={state} type="date" defaultValue={today} width="max-w-xs" />
      <TextField name="postedTime" label={t.time} hint={t.timeHint} state={state} type="time" width="max-w-xs" />
      <FileField
        name="photo"
        label={t.photo}
        hint={t.photoHint}
        state={state}
        accept="image/jpeg,image/png,image/webp"
        maxBytes={POSTING_PHOTO_MAX_BYTES}
        tooBig={t.errors.photoSize}
      />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
