'use server';
// Server Action of 双因素认证 enrolment (/admin/two-factor): the account comes from the session; the
// secret comes back from the page's hidden field and is stored only with a right code for it.
import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { officials } from '@/db/schema';
import { currentAccount, PASSWORD_PAGE } from '@/lib/auth/session';
import { enrolSecondFactor, isTotpSecret, newTotpSecret } from '@/lib/auth/two-factor';
import { enrolmentQrSvg } from '@/lib/auth/two-factor-qr';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';
import type { FormState } from './form-state';

const t = zhAdminTwoFactor.errors;

const enrolSchema = z.object({
  secret: z.string({ error: t.secretBad }).refine(isTotpSecret, t.secretBad),
  code: z
    .string({ error: t.codeRequired })
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().min(1, t.codeRequired).regex(/^\d{6}$/, t.codeWrong)),
});

export async function enrolSecondFactorAction(_prev: FormState, form: FormData): Promise<FormState> {
  const account = await currentAccount();
  if (!account) redirect('/login');
  if (account.mustChangePassword) redirect(PASSWORD_PAGE);
  const secret = String(form.get('secret') ?? '');
  const parsed = enrolSchema.safeParse({ secret, code: form.get('code') ?? '' });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] === 'secret' ? 'code' : String(issue.path[0])] ??= issue.message;
    return { ok: false, message: Object.values(fieldErrors)[0]!, fieldErrors, values: await again(secret, account.official.username) };
  }
  const db = await getDb();
  const [row] = await db.select({ totpSecret: officials.totpSecret }).from(officials).where(eq(officials.id, account.official.id));
  if (row?.totpSecret) redirect('/admin/two-factor'); // enrolled already (another tab): the page says so
  const codes = await enrolSecondFactor(db, account.official, parsed.data.secret, parsed.data.code, new Date());
  if (!codes) return { ok: false, message: t.codeWrong, fieldErrors: { code: t.codeWrong }, values: await again(secret, account.official.username) };
  // No revalidatePath: the page would render again as "enrolled" and replace the form that shows the
  // codes. Every officials' page renders per request, so the next one knows the account is enrolled.
  return { ok: true, message: zhAdminTwoFactor.codesIntro, fieldErrors: {}, values: { recoveryCodes: codes.join(' ') } };
}

/**
 * The same secret and its QR code for the refused form, so that a page rendered again (without
 * JavaScript the whole page is) still matches the app the official has just set up.
 */
async function again(secret: string, username: string): Promise<Record<string, string>> {
  const kept = isTotpSecret(secret) ? secret : newTotpSecret();
  return { secret: kept, qrSvg: await enrolmentQrSvg(kept, username) };
}
