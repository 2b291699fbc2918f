'use server';
// The Server Action behind the decision form of /admin/approvals/[householdId]: the session's official
// and the server clock are supplied by `submit`; nothing the browser sends decides who or when.
import { decideApproval } from './approvals';
import { submit, type FormState } from './submit';

export async function decideApprovalAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(decideApproval, form);
}
