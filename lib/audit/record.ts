// Inserts one audit row inside the caller's transaction. The database chains and freezes it
// (db/migrations/0001_*); the summary must hold public facts only, never private fields.
import type { Tx } from '@/db/client';
import { auditLog } from '@/db/schema';

export type AuditEntry = {
  action: string; // e.g. 'notice.publish'
  entityType: string; // e.g. 'notice'
  entityId: string | number;
  summary: Record<string, unknown>;
};

export async function recordAudit(
  tx: Tx,
  actor: { id: number; role: string } | null,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditLog).values({
    at,
    officialId: actor?.id ?? null,
    role: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    summary: entry.summary,
  });
}
