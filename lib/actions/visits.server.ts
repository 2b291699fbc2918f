'use server';
// Server Action for the visit form: the session's official and the server clock come from `submit`.
import type { FormState } from './form-state';
import { submit } from './submit';
import { recordVisit } from './visits';

export async function recordVisitAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordVisit, form);
}
