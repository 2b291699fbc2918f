'use server';
// Server Actions for objections (异议): thin wrappers around the specs in ./objections.
import { submit, type FormState } from './submit';
import { investigateObjection, recordObjection, resolveObjection } from './objections';

export async function recordObjectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordObjection, form);
}

export async function investigateObjectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(investigateObjection, form);
}

export async function resolveObjectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(resolveObjection, form);
}
