'use server';
// Server Actions of the duties pages (issue 10 item 5): the session's official and the server clock
// come from `submit`.
import { addFix, recordInspection, recordMeeting, recordTraining, resolveFix, saveParty } from './duties';
import type { FormState } from './form-state';
import { submit } from './submit';

export async function recordTrainingAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordTraining, form);
}

export async function savePartyAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveParty, form);
}

export async function recordMeetingAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordMeeting, form);
}

export async function recordInspectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(recordInspection, form);
}

export async function addFixAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(addFix, form);
}

export async function resolveFixAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(resolveFix, form);
}
