'use server';
// Server Actions for the household forms: the session's official and the server clock come from
// `submit`, never from the browser.
import type { FormState } from './form-state';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { registerHousehold, updateHousehold } from './households';
import { memberRowCount } from './member-rows';
import { submit } from './submit';

export async function registerHouseholdAction(_prev: FormState, form: FormData): Promise<FormState> {
  // "Add rows" (works without JavaScript): the form comes back as typed, with more member rows; nothing is written.
  if (form.get('intent') === 'more') {
    const values: Record<string, string> = {};
    for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
    return { ok: false, message: zhAdminHouseholds.members.added(memberRowCount(values) - 1), fieldErrors: {}, values };
  }
  return submit(registerHousehold, form);
}

export async function updateHouseholdAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submit(updateHousehold, form);
}
