'use server';
// Server Actions of the account forms (/admin/accounts): the session's official and the server clock
// come from `submit`, never from the browser.
import {
  createAccount,
  disableAccount,
  enableAccount,
  resetPassword,
  resetSecondFactor,
  updateAccount,
} from './accounts';
import type { FormState } from './form-state';
import { submit } from './submit';

export async function createAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(createAccount, form);
}

export async function updateAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(updateAccount, form);
}

export async function disableAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(disableAccount, form);
}

export async function enableAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(enableAccount, form);
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(resetPassword, form);
}

export async function resetSecondFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(resetSecondFactor, form);
}
