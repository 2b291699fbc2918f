'use server';
// The household search as a Server Action: the session's official, never one sent by the browser.
import { currentOfficial } from '@/lib/auth/session';
import { searchHouseholds, type HouseholdSearchState } from './household-search';

export async function searchHouseholdsAction(_prev: HouseholdSearchState, form: FormData): Promise<HouseholdSearchState> {
  return searchHouseholds(await currentOfficial(), form);
}
