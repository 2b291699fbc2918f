// May new households and notices go to this village? The rule is lib/domain/regions.ts
// (villageRefusal); this reads the region inside the write's transaction, with a share lock so that a
// region import retiring the village cannot slip in between the check and the write.
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { regions } from '@/db/schema';
import { villageRefusal, type VillageRefusal } from '@/lib/domain/regions';

export async function villageRefusalIn(tx: Tx, code: string): Promise<VillageRefusal | null> {
  const [row] = await tx
    .select({ code: regions.code, level: regions.level, retiredAt: regions.retiredAt })
    .from(regions)
    .where(eq(regions.code, code))
    .for('share');
  return villageRefusal(row ? { code: row.code, level: row.level, retired: row.retiredAt !== null } : null);
}

/** The message for each refusal, from one area's messages. */
export function villageRefusalMessage(
  t: { villageUnknown: string; villageResidents: string; villageOther: string; villageRetired: string },
  refusal: VillageRefusal,
): string {
  return { unknown: t.villageUnknown, residents: t.villageResidents, other: t.villageOther, retired: t.villageRetired }[refusal];
}
