'use server';
// Server Actions for the notice pages: thin wrappers that hand the spec the session's official and
// the server clock (lib/actions/submit.ts).
import { submit, type FormState } from './submit';
import { closeNotice, correctNotice, createDraft, deleteDraft, publishNotice, updateDraft, withdrawNotice } from './notices';

// submit() keeps only single text values for a refused form; a checkbox list comes back as one
// comma-separated value so the form can re-tick what was ticked.
async function withTicked(state: FormState, form: FormData, name: string): Promise<FormState> {
  if (state.ok !== false) return state;
  return { ...state, values: { ...state.values, [name]: form.getAll(name).map(String).join(',') } };
}

export async function createDraftAction(_prev: FormState, form: FormData): Promise<FormState> {
  return withTicked(await submit(createDraft, form), form, 'householdIds');
}

export async function updateDraftAction(_prev: FormState, form: FormData): Promise<FormState> {
  return withTicked(await submit(updateDraft, form), form, 'householdIds');
}

export async function deleteDraftAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(deleteDraft, form);
}

export async function publishNoticeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(publishNotice, form);
}

export async function withdrawNoticeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(withdrawNotice, form);
}

export async function correctNoticeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(correctNotice, form);
}

export async function closeNoticeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(closeNotice, form);
}
