// Reading a page's URL. A row id is digits only and fits PostgreSQL's `integer` (anything else is "not
// found", never a database error); `?done=`/`?saved=` names one of the page's fixed messages, so no text
// from the URL is ever shown.

/** A page's search parameters, as Next.js passes them. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The largest id of a `serial`/`integer` column. */
export const MAX_ROW_ID = 2_147_483_647;

/** The first value of a parameter given more than once. */
export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A row id passed to a data function: a positive integer within `integer`, else null. */
export function rowId(id: number): number | null {
  return Number.isSafeInteger(id) && id > 0 && id <= MAX_ROW_ID ? id : null;
}

/** A row id from a path segment or a search parameter: 1 to 2147483647 in plain digits, else null (also when given twice). */
export function parseRowId(raw: string | string[] | undefined): number | null {
  return typeof raw === 'string' && /^[1-9][0-9]{0,9}$/.test(raw) ? rowId(Number(raw)) : null;
}

/** The message `?done=`/`?saved=` names, or null for a key the page does not have (`toString` included). */
export function flashMessage(raw: string | string[] | undefined, messages: Readonly<Record<string, string>>): string | null {
  const key = single(raw);
  return key !== undefined && Object.hasOwn(messages, key) ? messages[key]! : null;
}
