// A route handler that answers POST gets no CSRF check from Next (Server Actions do): this one compares
// the browser's Origin header with the host the request was sent to, as Next does for Server Actions.
// Browsers send Origin with every POST; a request without it (not from a browser form or fetch) is refused.

/** True when the request's Origin names the host it was sent to (behind nginx: X-Forwarded-Host, else Host). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = requestHost(request);
  if (!origin || !host || origin === 'null') return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** The host a request was sent to: behind nginx X-Forwarded-Host (nginx sets it), else Host. */
export function requestHost(request: Request): string | null {
  return request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
}
