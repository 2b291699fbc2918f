// 双因素认证: enrolment, required for county_dpf, county_org, city and admin before anything else
// (lib/auth/session.ts), optional for the other roles. The QR code is drawn here, on the server.
import type { Metadata } from 'next';
import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { officials } from '@/db/schema';
import { PASSWORD_PAGE, requireAccount, TWO_FACTOR_PAGE } from '@/lib/auth/session';
import { newTotpSecret } from '@/lib/auth/two-factor';
import { enrolmentQrSvg } from '@/lib/auth/two-factor-qr';
import { zhAdminTwoFactor } from '@/lib/i18n/zh-admin-two-factor';
import { EnrolForm } from './enrol-form';

const t = zhAdminTwoFactor;

export const metadata: Metadata = { title: t.pageTitle };

export default async function TwoFactorPage() {
  const account = await requireAccount(TWO_FACTOR_PAGE);
  if (account.mustChangePassword) redirect(PASSWORD_PAGE);
  const [row] = await (await getDb()).select({ enrolled: officials.totpSecret }).from(officials).where(eq(officials.id, account.official.id));
  // Enrolled already, or just now: the form itself shows the recovery codes of the enrolment that just
  // succeeded (without JavaScript the whole page renders again after it), else "enrolled". One tree for
  // both, so that the form keeps its place, and with it the action's state.
  const secret = row?.enrolled ? null : newTotpSecret();
  return (
    <>
      <h1>{t.title}</h1>
      {secret ? (
        <p className={account.mustEnrolSecondFactor ? 'border-l-8 border-brand bg-panel p-3 font-bold' : undefined}>
          {account.mustEnrolSecondFactor ? t.required : t.optional}
        </p>
      ) : null}
      {secret ? <EnrolForm enrolled={false} secret={secret} qrSvg={await enrolmentQrSvg(secret, account.official.username)} /> : <EnrolForm enrolled />}
    </>
  );
}
