'use server';
// The Server Action of the annual summary form (/admin/summaries/[county]/[year]). One form, two
// buttons: the pressed button's `intent` says whether to save a draft or to submit.
import { submit, type FormState } from './submit';
import { saveSummaryDraft, submitSummary } from './summaries';

export async function summaryAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(form.get('intent') === 'submit' ? submitSummary : saveSummaryDraft, form);
}
