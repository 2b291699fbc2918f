// The part of the next-auth configuration that the proxy needs: no database, no password hashing.
import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/lib/domain/permissions';

declare module 'next-auth' {
  interface Session {
    official: { id: number; role: Role; regionCode: string; sessionVersion: number };
  }
  interface User {
    role: Role;
    regionCode: string;
    sessionVersion: number;
  }
}

export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 }, // one working day
  trustHost: true, // self-hosted behind our own reverse proxy; on Vercel the host is trusted anyway
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = String(user.id);
        token.role = user.role;
        token.regionCode = user.regionCode;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.official = {
        id: Number(token.sub),
        role: token.role as Role,
        regionCode: String(token.regionCode),
        sessionVersion: Number(token.sessionVersion),
      };
      return session;
    },
  },
} satisfies NextAuthConfig;
