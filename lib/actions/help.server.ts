'use server';
// Server Actions for the help-measure forms: the session's official and the server clock come from
// `submit`, never from the browser.
import type { FormState } from './form-state';
import {
  saveDpfFunding,
  addHelper,
  saveMicroLoan,
  saveProject,
  saveVillageJob,
  removeHelper,
  removeProject,
  removeSupport,
  setGuarantee,
  setPairing,
} from './help';
import { submit } from './submit';

export async function setPairingAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(setPairing, form);
}

export async function addHelperAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(addHelper, form);
}

export async function removeHelperAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(removeHelper, form);
}

export async function saveProjectAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveProject, form);
}

export async function removeProjectAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(removeProject, form);
}

export async function setGuaranteeAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(setGuarantee, form);
}

export async function saveVillageJobAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveVillageJob, form);
}

export async function saveMicroLoanAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveMicroLoan, form);
}

export async function saveDpfFundingAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(saveDpfFunding, form);
}

export async function removeSupportAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(removeSupport, form);
}
