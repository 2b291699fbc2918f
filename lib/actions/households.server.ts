'use server';
// Server Actions for the household forms: the session's official and the server clock come from
// `submit`, never from the browser.
import type { FormState } from './form-state';
import { askPhotoAgain, moreRowsState, registerHousehold, updateHousehold } from './households';
import { submit } from './submit';

// A form that comes back (more rows, or refused) has lost the chosen photo: askPhotoAgain says so next to it.
export async function registerHouseholdAction(_prev: FormState, form: FormData): Promise<FormState> {
  // "Add rows" (works without JavaScript): the form comes back as typed, with more member rows; nothing is written.
  return askPhotoAgain(form, form.get('intent') === 'more' ? moreRowsState(form) : await submit(registerHousehold, form));
}

export async function updateHouseholdAction(_prev: FormState, form: FormData): Promise<FormState> {
  return askPhotoAgain(form, await submit(updateHousehold, form));
}
