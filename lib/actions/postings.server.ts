'use server';
// Server Action for the posting record (张贴记录): a thin wrapper around the spec in ./postings.
import { submit, type FormState } from './submit';
import { recordPosting, withdrawPosting } from './postings';

export async function recordPostingAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordPosting, form);
}

export async function withdrawPostingAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(withdrawPosting, form);
}
