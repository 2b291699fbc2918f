// A notice of a test's own, made the way officials make it (createDraft, then publishNotice at `at`),
// for tests that need a known publication time: the objection and left-out tests each wrote this.
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/client';
import { createDraft, publishNotice } from '@/lib/actions/notices';
import type { Official } from '@/lib/auth/official';
import { ok } from './action-results';

export type PublishedNotice = { id: number; entryIds: number[] };

/** A notice of `villageCode` listing `householdIds` in that order, published by `official` at `at`. */
export async function publishTestNotice(official: Official, villageCode: string, householdIds: number[], at: Date): Promise<PublishedNotice> {
  const { id } = ok(
    await createDraft.run(
      official,
      {
        villageCode,
        year: '2026',
        title: '平安村帮扶对象拟定名单公示',
        issuingBody: '平安村党支部',
        body: '现予公示。',
        objectionPhone: '0436-7654321',
        objectionPlace: '村委会',
        householdIds: householdIds.map(String),
      },
      at,
    ),
  );
  ok(await publishNotice.run(official, { id }, at));
  const entries = await queryRows<{ id: number }>(await getDb(), sql`select id from notice_entries where notice_id = ${id} order by position`);
  return { id, entryIds: entries.map((e) => e.id) };
}
