// Signing in through the real form, as an official would.
import type { Page } from '@playwright/test';

export const DEMO_PASSWORD = 'gongshi-demo-2026';

export async function signInAs(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.locator('main').getByRole('button', { name: '登录' }).click();
}
