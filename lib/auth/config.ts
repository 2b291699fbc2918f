// The part of the next-auth configuration that the proxy needs: no database, no password hashing.
import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/lib/domain/permissions';
import { isProductionServer } from '@/lib/startup/guards';

declare module 'next-auth' {
  interface Session {
    // sessionId names the server-side session row (lib/auth/sessions.ts); it is useless without the
    // signed cookie, which only this server can make.
    official: { id: number; role: Role; regionCode: string; sessionVersion: number; sessionId: string };
  }
  interface User {
    role: Role;
    regionCode: string;
    sessionVersion: number;
    sessionId: string;
  }
}

/**
 * Whether the session cookie is `__Host-` prefixed and Secure. Browsers drop Secure cookies sent over
 * plain http, so this follows how the server is reached: AUTH_URL when set (https or not), otherwise a
 * production server (not a demo) is taken to be behind the recipe's https nginx, and a demo or a dev
 * server (http://localhost) is not. next-auth's other cookies (CSRF, callback URL) keep its own choice
 * by the request's protocol.
 */
export function secureSessionCookie(env: Record<string, string | undefined> = process.env): boolean {
  if (env.AUTH_URL) return env.AUTH_URL.startsWith('https:');
  return isProductionServer(env);
}

/** Set by proxy.ts on every /admin request to the path asked for (the client's own value is replaced). */
export const ADMIN_PATH_HEADER = 'x-gongshi-admin-path';

const SESSION_COOKIE = '__Host-authjs.session-token'; // __Host-: Secure, Path=/, no Domain: this host only

export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 }, // one working day
  trustHost: true, // self-hosted behind our own reverse proxy; on Vercel the host is trusted anyway
  // The JWT lives 12 hours at most; the server-side row (lib/auth/sessions.ts) ends it sooner when idle.
  cookies: secureSessionCookie()
    ? { sessionToken: { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true } } }
    : undefined,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = String(user.id);
        token.role = user.role;
        token.regionCode = user.regionCode;
        token.sessionVersion = user.sessionVersion;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.official = {
        id: Number(token.sub),
        role: token.role as Role,
        regionCode: String(token.regionCode),
        sessionVersion: Number(token.sessionVersion),
        sessionId: String(token.sessionId ?? ''),
      };
      return session;
    },
  },
} satisfies NextAuthConfig;
