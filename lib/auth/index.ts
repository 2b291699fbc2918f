import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db';
import { requestAddress } from './client-address';
import { checkCredentials, type Throttle } from './credentials';
import { authConfig } from './config';
import { authSecret } from './secret';
import { startSession } from './sessions';

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

const credentialsSchema = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });

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
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        // Only the hop TRUST_PROXY names is believed; otherwise the address is unknown (lib/auth/client-address.ts).
        const ip = requestAddress(request.headers);
        const result = await checkCredentials(await getDb(), { ...parsed.data, ip }, new Date());
        if (!result.ok) {
          if (result.error !== 'invalid') throw new SignInThrottled(result.error, result.until);
          return null;
        }
        const { id, displayName, ...official } = result.official;
        // A server-side session row for this sign-in (lib/auth/sessions.ts); the JWT carries its token.
        const sessionId = await startSession(await getDb(), id, new Date());
        return { id: String(id), name: displayName, ...official, sessionId };
      },
    }),
  ],
});
