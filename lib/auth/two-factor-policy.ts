// Who must have a second factor, and the demo's fixed secret. No imports: the demo seed uses it too.
import type { Role } from '../domain/permissions';

/** The roles that read and export every ID number must sign in with a second factor (issue 8, item 4). */
const REQUIRED: readonly Role[] = ['county_dpf', 'county_org', 'city', 'admin'];
export function secondFactorRequired(role: Role): boolean {
  return REQUIRED.includes(role);
}

/**
 * The one TOTP secret (base32) of every demo account of those roles, printed in the README's account
 * table: `oathtool --totp -b GONGSHIDEMOSECRETGONGSHIDEMOSECR`. Only the demo seed uses it; `npm run
 * setup` never sets a secret (the administrator enrols at the first sign-in), and a production server
 * refuses demo accounts anyway.
 */
export const DEMO_TOTP_SECRET = 'GONGSHIDEMOSECRETGONGSHIDEMOSECR';

/** The demo seed's second factor for an account of `role`. */
export function demoTotpSecret(role: Role): string | null {
  return secondFactorRequired(role) ? DEMO_TOTP_SECRET : null;
}
