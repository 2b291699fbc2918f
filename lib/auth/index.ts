import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db';
import { checkCredentials, UNKNOWN_IP } from './credentials';
import { authConfig } from './config';
import { authSecret } from './secret';
import { startSession } from './sessions';

class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
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
        // Set by the reverse proxy in front of the server; without one every request is UNKNOWN_IP.
        const ip = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || UNKNOWN_IP;
        const result = await checkCredentials(await getDb(), { ...parsed.data, ip }, new Date());
        if (!result.ok) {
          if (result.error === 'rate_limited') throw new RateLimited();
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
