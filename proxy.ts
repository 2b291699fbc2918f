// Runs before every page and route handler: gives the response its Content-Security-Policy (for pages
// with a fresh nonce; under /api the strict one of a route handler), and sends visitors without a
// session away from /admin to /login (and back after signing in). With OFFICIALS_ORIGIN set, it also
// keeps officials' paths and public pages on their own origins (lib/security/officials-origin.ts).
// It decides nothing else: every page, action and data function checks the account on the server.
import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { ADMIN_PATH_HEADER, authConfig } from '@/lib/auth/config';
import { authSecret } from '@/lib/auth/secret';
import { DISPLAY_COOKIE } from '@/lib/display';
import { applyCacheHeaders } from '@/lib/http/cache-control';
import { DEFAULT_LOCALE, englishPagePath, LOCALE_HEADER, PAGE_PATH_HEADER } from '@/lib/i18n/locale';
import { outageAnswer } from '@/lib/http/outage-page';
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, isApiPath, newNonce } from '@/lib/security/csp';
import { officialsOriginRoute } from '@/lib/security/officials-origin';

/** Marks the proxy's own /en rewrite (below); a random value per process, never sent to a browser. */
const REWRITE_PROOF_HEADER = 'x-gongshi-rewrite-proof';
function rewriteProof(): string {
  const holder = globalThis as { gongshiRewriteProof?: string };
  holder.gongshiRewriteProof ??= crypto.randomUUID();
  return holder.gongshiRewriteProof;
}

/**
 * Lets the request through with the policy: on the request, where Next reads the nonce, and on the response.
 * Every page request also gets its locale (lib/i18n/locale.ts), set here whatever the visitor sent, so
 * that one URL is always one language (a shared cache keys on the URL); an English page (/en/x) is
 * rewritten to its page (/x).
 */
function withContentSecurityPolicy(request: NextRequest, adminPath?: string): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  // The page asked for, so that an ended session comes back to it after signing in (lib/auth/session.ts).
  if (adminPath) headers.set(ADMIN_PATH_HEADER, adminPath);
  const englishPath = englishPagePath(request.nextUrl.pathname);
  // Next runs the proxy again for the URL a rewrite names, with the headers set here the first time: that
  // pass keeps them, told apart from a visitor's own headers by a value only this process knows.
  const ownRewrite = headers.get(REWRITE_PROOF_HEADER) === rewriteProof();
  headers.delete(REWRITE_PROOF_HEADER);
  if (!ownRewrite) {
    headers.set(LOCALE_HEADER, englishPath === null ? DEFAULT_LOCALE : 'en');
    headers.set(PAGE_PATH_HEADER, (englishPath ?? request.nextUrl.pathname) + request.nextUrl.search);
  }
  if (englishPath !== null) headers.set(REWRITE_PROOF_HEADER, rewriteProof());
  const response =
    englishPath === null
      ? NextResponse.next({ request: { headers } })
      : NextResponse.rewrite(new URL(englishPath + request.nextUrl.search, request.nextUrl), { request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

const { auth } = NextAuth({ ...authConfig, secret: authSecret() });

const officialsOnly = auth((request) => {
  if (request.auth?.user) return withContentSecurityPolicy(request, request.nextUrl.pathname + request.nextUrl.search);
  const login = new URL('/login', request.nextUrl);
  login.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
});

// Who may keep a copy (lib/http/cache-control.ts): public pages 1 s in a shared cache, officials' none.
export default async function proxy(request: NextRequest): Promise<Response> {
  // While this process knows the database is down, a page gets a readable 503 instead of a render
  // that would fail (lib/http/outage-page.ts); it carries its own no-store.
  const outage = await outageAnswer(request.method, request.nextUrl.pathname);
  if (outage) return outage;
  return applyCacheHeaders(await route(request), request.method, request.nextUrl.pathname, request.cookies.has(DISPLAY_COOKIE));
}

async function route(request: NextRequest): Promise<Response> {
  // 303: a form posted to the wrong origin is not sent on; the browser asks the right one with GET.
  const elsewhere = officialsOriginRoute(request, request.nextUrl.pathname, request.nextUrl.search);
  if (elsewhere === 'not-found') {
    return new NextResponse('此网址只用于工作人员登录和办公。', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (elsewhere) return NextResponse.redirect(elsewhere, 303);
  // Route handlers under /api serve no page: the strict policy, no nonce, no session read.
  if (isApiPath(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
    return response;
  }
  // Public pages do not pay for reading the session cookie. A proxy has no route params.
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')) {
    // Always a response: the callback above lets the request through or redirects it.
    return (await officialsOnly(request, { params: Promise.resolve({}) })) as Response;
  }
  return withContentSecurityPolicy(request);
}

export const config = {
  // Everything but the framework's static files; /api too, for its own policy.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'],
};
