'use server';
// Server Actions for the members page of a household: official and clock from `submit`.
import type { FormState } from './form-state';
import { removeMember, saveMember, saveRegistrantDetails } from './members';
import { submit } from './submit';

export async function saveMemberAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveMember, form);
}

export async function saveRegistrantDetailsAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveRegistrantDetails, form);
}

export async function removeMemberAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(removeMember, form);
}
