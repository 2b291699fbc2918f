import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db';
import { requestAddress } from './client-address';
import { checkCredentials, type Throttle } from './credentials';
import { authConfig } from './config';
import { authSecret } from './secret';
import { startSession } from './sessions';
import { checkSecondFactor } from './two-factor';

/** A refusal before the password is checked; the sign-in form says which rule and until when. */
export class SignInThrottled extends CredentialsSignin {
  constructor(
    readonly throttle: Throttle,
    readonly until: Date,
  ) {
    super();
    this.code = throttle; // only the rule's name reaches the URL of a form-less sign-in
  }
}

/** The password was right; the form asks for the second factor next, carrying `pending` (lib/auth/two-factor.ts). */
export class SecondFactorRequired extends CredentialsSignin {
  constructor(readonly pending: string) {
    super();
    this.code = 'second_factor';
  }
}

/** The second factor was wrong or already used (`wrong_code`), or the password step must be repeated (`restart`). */
export class SecondFactorRefused extends CredentialsSignin {
  constructor(readonly reason: 'wrong_code' | 'restart') {
    super();
    this.code = reason;
  }
}

const credentialsSchema = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });
const secondFactorSchema = z.object({ pending: z.string().min(1).max(200), code: z.string().trim().min(1).max(32) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: authSecret(),
  // A wrong password is an expected event (counted in login_attempts), not a server error. The check
  // is by class, not by name: the production build minifies class names.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {}, pending: {}, code: {} },
      async authorize(raw, request) {
        // Only the hop TRUST_PROXY names is believed; otherwise the address is unknown (lib/auth/client-address.ts).
        const ip = requestAddress(request.headers);
        const second = secondFactorSchema.safeParse(raw);
        const parsed = credentialsSchema.safeParse(raw);
        if (!second.success && !parsed.success) return null;
        const result = second.success
          ? await checkSecondFactor(await getDb(), { ...second.data, ip }, new Date())
          : await checkCredentials(await getDb(), { ...parsed.data!, ip }, new Date());
        if (!result.ok) {
          if (result.error === 'invalid') return null;
          if (result.error === 'second_factor') throw new SecondFactorRequired(result.pending);
          if ('until' in result) throw new SignInThrottled(result.error, result.until);
          throw new SecondFactorRefused(result.error);
        }
        const { id, displayName, ...official } = result.official;
        // A server-side session row for this sign-in (lib/auth/sessions.ts); the JWT carries its token.
        const sessionId = await startSession(await getDb(), id, new Date());
        return { id: String(id), name: displayName, ...official, sessionId };
      },
    }),
  ],
});
