// Signing in through the real form, as an official would: the password, then for the demo accounts
// enrolled in two-factor sign-in (lib/auth/two-factor.ts) the code of the README's TOTP secret.
import type { Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { DEMO_TOTP_SECRET } from '../lib/auth/two-factor-policy';

export const DEMO_PASSWORD = 'gongshi-demo-2026';
export const CODE_FIELD = '动态验证码或恢复码';

export async function signInAs(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.locator('main').getByRole('button', { name: '登录' }).click();
  await completeSecondFactor(page, username);
}

/** Opens the sign-in page and signs in there. */
export async function signInFromLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await signInAs(page, username, password);
}

/** The demo seed enrols the county, city and admin accounts (README's account table). */
export function demoHasSecondFactor(username: string): boolean {
  return /^(admin|city|county-dpf|county-org)(-\d+)?$/.test(username);
}

const PERIOD_MS = 30_000;
const totp = (secret: string) => new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
export const codeAt = (secret: string, step: number) => totp(secret).generate({ timestamp: step * PERIOD_MS });

// A code is accepted once per account: the last step this process used for each, so that two sign-ins
// within 30 s take the next step (the server accepts one step ahead) or wait for the step after it.
const usedSteps = new Map<string, number>();

/** The next unused time step for `key`, waiting (at most one step) until the server accepts it. */
export async function nextStep(key: string): Promise<number> {
  const now = Math.floor(Date.now() / PERIOD_MS);
  const step = Math.max(now, (usedSteps.get(key) ?? -Infinity) + 1);
  const wait = (step - 1) * PERIOD_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 100));
  usedSteps.set(key, step);
  return step;
}

/**
 * After the password of an enrolled demo account: types the code of the next unused step. A step that
 * another process used already is refused as used; then the next one is tried.
 */
export async function completeSecondFactor(page: Page, username: string, secret = DEMO_TOTP_SECRET) {
  if (!demoHasSecondFactor(username) && secret === DEMO_TOTP_SECRET) return;
  const field = page.getByLabel(CODE_FIELD);
  for (let tries = 0; tries < 3; tries++) {
    await field.waitFor();
    await field.fill(codeAt(secret, await nextStep(username)));
    await page.locator('main').getByRole('button', { name: '验证' }).click();
    const signedIn = page.waitForURL((url) => url.pathname !== '/login').then(() => true, () => false);
    const refused = page.locator('#error-code').waitFor().then(() => false, () => false);
    if (await Promise.race([signedIn, refused])) return;
  }
  throw new Error(`the second factor of ${username} was refused three times`);
}
