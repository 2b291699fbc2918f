'use server';
// Server Actions for the household forms: the session's official and the server clock come from
// `submit`, never from the browser.
import type { FormState } from './form-state';
import { registerHousehold, updateHousehold } from './households';
import { submit } from './submit';

export async function registerHouseholdAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(registerHousehold, form);
}

export async function updateHouseholdAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(updateHousehold, form);
}
