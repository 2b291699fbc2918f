// How an objection may come in besides an official recording it during the period (issue 9 items 4, 5):
// lodged online by a villager while the period is open, or a letter postmarked within the period that
// arrives after it, recorded by an official until the notice is closed (docs/DOMAIN.md, second round).
import { noticeState, type NoticeStatus } from './notice';
import { chinaDateString } from './time';

export type IntakeNotice = {
  status: NoticeStatus;
  periodEndsAt: Date | null;
  periodStartDate: string | null;
  periodEndDate: string | null;
};

export type LodgeOnlineRefusal = 'not_published' | 'period_ended' | 'closed' | 'withdrawn';

/** The public form takes objections only while the period is open (server clock). */
export function canLodgeOnline(n: IntakeNotice, now: Date): { ok: true } | { ok: false; reason: LodgeOnlineRefusal; endedAt?: Date } {
  const state = noticeState(n, now);
  if (state === 'open') return { ok: true };
  if (state === 'period_ended') return { ok: false, reason: 'period_ended', endedAt: n.periodEndsAt ?? undefined };
  if (state === 'closed') return { ok: false, reason: 'closed', endedAt: n.periodEndsAt ?? undefined };
  if (state === 'withdrawn' || state === 'superseded') return { ok: false, reason: 'withdrawn' };
  return { ok: false, reason: 'not_published' };
}

export type PostmarkRefusal = 'postmark_missing' | 'postmark_before_period' | 'postmark_after_period' | 'postmark_future';

/**
 * A letter counts when postmarked within the period (China dates, both ends included) and not later
 * than today. Only letters carry a postmark.
 */
export function checkPostmark(n: IntakeNotice, postmark: string, now: Date): { ok: true } | { ok: false; reason: PostmarkRefusal } {
  if (n.periodStartDate === null || n.periodEndDate === null) return { ok: false, reason: 'postmark_missing' };
  if (postmark > chinaDateString(now)) return { ok: false, reason: 'postmark_future' };
  if (postmark < n.periodStartDate) return { ok: false, reason: 'postmark_before_period' };
  if (postmark > n.periodEndDate) return { ok: false, reason: 'postmark_after_period' };
  return { ok: true };
}

export type RecordObjectionRule =
  | { ok: true }
  | { ok: false; reason: 'not_published' | 'period_ended' | 'closed'; endedAt?: Date }
  | { ok: false; reason: PostmarkRefusal };

/**
 * What an official may record: anything while the period is open (a letter's postmark, if given, within
 * the period); after the period and until the notice is closed, only a letter postmarked within it.
 */
export function canRecordWithPostmark(
  n: IntakeNotice,
  channel: string,
  postmark: string | null,
  now: Date,
): RecordObjectionRule {
  const state = noticeState(n, now);
  if (state !== 'open' && state !== 'period_ended') {
    if (state === 'closed') return { ok: false, reason: 'closed', endedAt: n.periodEndsAt ?? undefined };
    return { ok: false, reason: 'not_published' };
  }
  // A letter's postmark is optional while the period is open, and what lets it in afterwards.
  if (channel === 'letter' && postmark !== null) return checkPostmark(n, postmark, now);
  if (channel === 'letter' && state === 'period_ended') return { ok: false, reason: 'postmark_missing' };
  if (state === 'period_ended') return { ok: false, reason: 'period_ended', endedAt: n.periodEndsAt ?? undefined };
  return { ok: true };
}
