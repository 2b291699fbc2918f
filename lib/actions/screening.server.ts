'use server';
// Server Action for screening refusals (筛查未通过).
import { recordScreeningRefusal } from './screening';
import { submit, type FormState } from './submit';

export async function recordScreeningRefusalAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordScreeningRefusal, form);
}
