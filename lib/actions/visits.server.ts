'use server';
// Server Action for the visit form: the session's official and the server clock come from `submit`.
import type { FormState } from './form-state';
import { submit } from './submit';
import { saveVisit } from './visits';

export async function saveVisitAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveVisit, form);
}
