// The Content-Security-Policy of every page. Scripts run only when they carry this response's nonce
// (Next adds it to its own scripts when it finds it in the request's policy) or are loaded by such a
// script ('strict-dynamic': the chart chunk). Styles allow inline attributes, because charts and
// progress bars are drawn with style="…", and a nonce cannot cover an attribute.

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  // React needs eval in development only, to rebuild server error stacks in the browser.
  const scriptSrc = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The policy of the route handlers under /api (JSON, CSV, the sign-in endpoints): they serve no page,
 * so nothing may load, run or frame them; a response rendered as a document by mistake stays inert.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}
