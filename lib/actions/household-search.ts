// The officials' household search (查找帮扶对象). It is posted, never put in the URL: the text may be
// an ID or certificate number (残疾证号), and URLs end up in logs, the browser's history and Referer
// headers. The result comes back as the form's state (useActionState), so the page works without
// JavaScript too: the form posts, and the server renders the page with the results.
import { z } from 'zod';
import { householdStatuses } from '@/db/schema';
import type { Official } from '@/lib/auth/official';
import { listHouseholds, type HouseholdFilters, type HouseholdListRow } from '@/lib/data/officials/households';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminHouseholds } from '@/lib/i18n/zh-admin-households';
import { fallbackError, fieldErrorsOf, formDataObject, type FieldErrors } from './core';
import { halfWidth, untypeableFields } from './fields';

const t = zhAdminHouseholds.list.searchErrors;

export type HouseholdSearchValues = { q: string; village: string; status: string };

export type HouseholdSearchState = {
  /** False for the page's first list (everything in the region), true after a search. */
  searched: boolean;
  message: string;
  fieldErrors: FieldErrors;
  values: HouseholdSearchValues;
  rows: HouseholdListRow[];
  total: number;
};

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const blankOr = <T extends z.ZodType>(schema: T, message: string) => z.union([z.literal(''), schema], { error: message });

const searchSchema = z.object({
  // Digits typed full-width (１２３) are folded, as in the registration form.
  q: z.preprocess((v) => halfWidth(text(v)).trim(), z.string().max(50, t.q)),
  village: z.preprocess((v) => text(v).trim(), blankOr(z.string().regex(/^\d{12}$/, t.village), t.village)),
  status: z.preprocess((v) => text(v).trim(), blankOr(z.enum(householdStatuses, { error: t.status }), t.status)),
});

/** The list before any search: every household of the region (no search text, so nothing to audit). */
export async function firstHouseholdList(official: Official): Promise<HouseholdSearchState> {
  const { rows, total } = await listHouseholds(official);
  return { searched: false, message: '', fieldErrors: {}, values: { q: '', village: '', status: '' }, rows, total };
}

/** Runs a posted search for the official; listHouseholds confines it to their region and audits it. */
export async function searchHouseholds(official: Official | null, form: FormData): Promise<HouseholdSearchState> {
  const raw = formDataObject(form);
  const values = { q: text(raw.q).slice(0, 100), village: text(raw.village), status: text(raw.status) };
  const refused = (message: string, fieldErrors: FieldErrors = {}): HouseholdSearchState => ({
    searched: true,
    message,
    fieldErrors,
    values,
    rows: [],
    total: 0,
  });
  if (!official) return refused(zhAdmin.errors.signedOut);
  const untypeable = untypeableFields(raw, zhAdmin.errors.untypeable);
  if (Object.keys(untypeable).length > 0) return refused(zhAdmin.errors.fixFields, untypeable);
  const parsed = searchSchema.safeParse(raw, { error: fallbackError });
  if (!parsed.success) return refused(zhAdmin.errors.fixFields, fieldErrorsOf(parsed.error));
  const { q, village, status } = parsed.data;
  const filters: HouseholdFilters = { q: q || undefined, villageCode: village || undefined, status: status || undefined };
  const { rows, total } = await listHouseholds(official, filters);
  return { searched: true, message: '', fieldErrors: {}, values: { q, village, status }, rows, total };
}
