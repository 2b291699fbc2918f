// The one write path for officials (DESIGN.md): parse with zod → check the role → transaction that
// locks what it depends on, checks the region and the domain rule with the server's `now`, writes and
// audits → a result the form can show. Each action is a spec; `run` is what the Server Action calls
// with the session's official and the server clock, and what tests call with an official and a `now`.
import { z } from 'zod';
import { getDb } from '@/db';
import type { Tx } from '@/db/client';
import type { Official } from '@/lib/auth/official';
import { can, roleMay, type Action } from '@/lib/domain/permissions';
import { recordAudit, type AuditEntry } from '@/lib/audit/record';
import { isDatabaseOutage } from '@/lib/http/outage';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhOutage } from '@/lib/i18n/zh-outage';

import { untypeableFields } from './fields';
import type { FieldErrors } from './form-state';

export type { FieldErrors };

export type ActionResult<R = unknown> =
  | { ok: true; message: string; redirectTo?: string; value: R }
  | { ok: false; message: string; fieldErrors: FieldErrors; refused?: 'signed_out' | 'role' | 'region' | 'rule' | 'outage' };

/** What a write answers when the database is unreachable, hung or stopped while it runs. */
export const outageMessage = `${zhOutage.admin.what}${zhOutage.admin.retry}`;

/** A refusal a user can act on: thrown inside `run`, it rolls the transaction back. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly kind: 'region' | 'rule' = 'rule',
  ) {
    super(message);
  }
}

export type ActionContext = {
  tx: Tx;
  official: Official;
  now: Date;
  /** Refuses unless the official may take this action on `regionCode`. Call it on every target. */
  authorize(regionCode: string, action?: Action): void;
  audit(entry: AuditEntry): Promise<void>;
};

type Spec<S extends z.ZodType, R> = {
  /** The permission every caller needs; `authorize` checks it against each target's region. */
  action: Action;
  schema: S;
  run(ctx: ActionContext, input: z.output<S>): Promise<R>;
  success(value: R): { message: string; redirectTo?: string };
  /** Unique constraints that mean "already exists": constraint name → field and message. */
  conflicts?: Record<string, { field: string; message: string }>;
};

export function officialAction<S extends z.ZodType, R>(spec: Spec<S, R>) {
  return {
    action: spec.action,
    schema: spec.schema,
    async run(official: Official | null, input: FormData | Record<string, unknown>, now: Date): Promise<ActionResult<R>> {
      if (!official) return { ok: false, message: zhAdmin.errors.signedOut, fieldErrors: {}, refused: 'signed_out' };
      if (!roleMay(official.role, spec.action)) {
        return { ok: false, message: zhAdmin.errors.role, fieldErrors: {}, refused: 'role' };
      }
      const raw = input instanceof FormData ? formDataObject(input) : input;
      const untypeable = untypeableFields(raw, zhAdmin.errors.untypeable);
      if (Object.keys(untypeable).length > 0) return { ok: false, message: zhAdmin.errors.fixFields, fieldErrors: untypeable };
      const parsed = spec.schema.safeParse(raw, { error: fallbackError });
      if (!parsed.success) {
        return { ok: false, message: zhAdmin.errors.fixFields, fieldErrors: fieldErrorsOf(parsed.error) };
      }
      try {
        const db = await getDb();
        const value = await db.transaction(async (tx) => {
          const ctx: ActionContext = {
            tx,
            official,
            now,
            authorize(regionCode, action = spec.action) {
              if (!can(official, action, regionCode)) {
                throw new Refusal(roleMay(official.role, action) ? zhAdmin.errors.region : zhAdmin.errors.role, {}, 'region');
              }
            },
            audit: (entry) => recordAudit(tx, official, now, entry),
          };
          return spec.run(ctx, parsed.data);
        });
        return { ok: true, value, ...spec.success(value) };
      } catch (error) {
        if (error instanceof Refusal) {
          return { ok: false, message: error.message, fieldErrors: error.fieldErrors, refused: error.kind };
        }
        const conflict = spec.conflicts?.[constraintOf(error) ?? ''];
        if (conflict) return { ok: false, message: conflict.message, fieldErrors: { [conflict.field]: conflict.message }, refused: 'rule' };
        if (isSerializationFailure(error)) return { ok: false, message: zhAdmin.errors.conflict, fieldErrors: {}, refused: 'rule' };
        if (isDatabaseOutage(error)) {
          // The connection dropped or the server stopped: the transaction did not finish, or (a cut at
          // COMMIT) finished unseen. Never claim success; say to look before submitting again. The log
          // names the action only: a failed query's text carries its parameters, private ones included.
          console.error(`action ${spec.action}: database unavailable`);
          return { ok: false, message: outageMessage, fieldErrors: {}, refused: 'outage' };
        }
        throw error;
      }
    },
    success: spec.success,
    conflicts: spec.conflicts,
  };
}

/** FormData to a plain object; repeated names become arrays, empty files are dropped. */
export function formDataObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue; // Next's own fields
    if (typeof value !== 'string' && value.size === 0) continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** For an issue the schema gives no message of its own (zod's default is English): a Chinese one. */
export const fallbackError = () => zhAdmin.errors.badField;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

// Drizzle wraps the driver's error; the constraint name sits on the cause.
function causeOf(error: unknown): { code?: string; constraint?: string } {
  const e = error as { cause?: { code?: string; constraint?: string }; code?: string; constraint?: string };
  return e?.cause ?? e ?? {};
}

function constraintOf(error: unknown): string | undefined {
  const cause = causeOf(error);
  return cause.code === '23505' ? cause.constraint : undefined;
}

function isSerializationFailure(error: unknown): boolean {
  const code = causeOf(error).code;
  return code === '40001' || code === '40P01';
}
