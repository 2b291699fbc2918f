'use server';
// The Server Action of the allocation plan form (/admin/plan).
import { submit, type FormState } from './submit';
import { setAllocationPlan } from './plan';

export async function setAllocationPlanAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(setAllocationPlan, form);
}
