// A Server Action's answer in tests: the value of one that must succeed, or the refusal of one that must not.
import type { ActionResult } from '@/lib/actions/core';

export function ok<R>(result: ActionResult<R>): R {
  if (!result.ok) throw new Error(`refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
}

export function refused<R>(result: ActionResult<R>) {
  if (result.ok) throw new Error('the action was accepted');
  return result;
}

/** How an action answered, for tables of cases: 'ok', the kind of refusal, or 'fields' (a message next to a field). */
export function outcome(result: ActionResult): 'ok' | NonNullable<Extract<ActionResult, { ok: false }>['refused']> | 'fields' {
  return result.ok ? 'ok' : (result.refused ?? 'fields');
}
