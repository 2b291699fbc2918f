// Redirects visitors without a session away from /admin to /login (and back after signing in).
// It decides nothing else: every page, action and data function checks the account on the server.
import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/config';
import { authSecret } from '@/lib/auth/secret';

export default NextAuth({ ...authConfig, secret: authSecret() }).auth;

export const config = { matcher: ['/admin/:path*'] };
