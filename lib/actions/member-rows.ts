// The registration form's member rows (issue 10 item 1), shared by the action and the client form. Without
// JavaScript the form has a fixed number of rows: the registrant's (m1) and FIRST_MEMBER_ROWS blank ones
// (m2 …); the "add rows" button re-renders it with MORE_MEMBER_ROWS more, up to MAX_MEMBER_ROWS in all.
export const FIRST_MEMBER_ROWS = 5;
export const MORE_MEMBER_ROWS = 5;
/** Rows m1 … m{MAX_MEMBER_ROWS}: the registrant and up to 30 other members. */
export const MAX_MEMBER_ROWS = 31;

/** How many rows the form shows after this state: what it had (memberRows), plus more when asked. */
export function memberRowCount(values: Readonly<Record<string, string>>): number {
  const had = Number(values.memberRows);
  const rows = Number.isInteger(had) && had > FIRST_MEMBER_ROWS ? had : FIRST_MEMBER_ROWS + 1;
  return Math.min(MAX_MEMBER_ROWS, rows + (values.intent === 'more' ? MORE_MEMBER_ROWS : 0));
}
