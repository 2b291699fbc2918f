/** A row id taken from a URL: a positive integer within PostgreSQL's `integer`, else null. */
export function rowId(id: number): number | null {
  return Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null;
}
