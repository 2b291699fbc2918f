'use server';
// Server Actions for the income forms: the session's official and the server clock come from `submit`.
import type { FormState } from './form-state';
import { confirmIncome, recordIncome, updateIncome } from './incomes';
import { submit } from './submit';

export async function recordIncomeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordIncome, form);
}

export async function updateIncomeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(updateIncome, form);
}

export async function confirmIncomeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(confirmIncome, form);
}
