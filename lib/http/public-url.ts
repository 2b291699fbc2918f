// The public address of a page, for the QR code and the printed link of a notice: PUBLIC_ORIGIN when it
// is set (the officials' origin serves no public page), else the origin the request was sent to
// (behind nginx: X-Forwarded-Proto and X-Forwarded-Host).
import { parseOrigin } from '@/lib/security/officials-origin';

type Env = Record<string, string | undefined>;

export function publicOrigin(headers: Headers, env: Env = process.env): string {
  const configured = parseOrigin('PUBLIC_ORIGIN', env.PUBLIC_ORIGIN);
  if (configured) return configured.origin;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || 'localhost';
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return new URL(`${proto}://${host}`).origin;
}

export function publicNoticeUrl(headers: Headers, id: number, env: Env = process.env): string {
  return `${publicOrigin(headers, env)}/notices/${id}`;
}
