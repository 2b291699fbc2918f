// Two-factor sign-in by keyboard alone, with axe on each page of the flow: an optional-role official
// (township-party) enrols (QR code, secret, a wrong code then the right one, ten recovery codes), signs
// in with a code, then with a recovery code, which then no longer works. Finally the administrator
// resets that second factor, so the demo account is as the other specs expect it.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { CODE_FIELD, codeAt, completeSecondFactor, DEMO_PASSWORD, nextStep } from './sign-in';

const USER = 'township-party';

async function typeInto(page: Page, label: string, text: string) {
  await page.getByLabel(label).focus();
  await page.keyboard.type(text);
}

/** The password step by keyboard: type, Tab, type, Enter. */
async function passwordStep(page: Page, username: string) {
  await page.goto('/login');
  await typeInto(page, '用户名', username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}

test('an official enrols a second factor and signs in with a code, then with a recovery code once', async ({ page }) => {
  test.setTimeout(120_000);
  await passwordStep(page, USER);
  await expect(page).toHaveURL(/\/admin$/); // optional: not enrolled yet, the password signs in

  // Enrolment: the QR code and the secret are on the page; a wrong code is refused next to the field.
  await page.goto('/admin/two-factor');
  await expect(page.getByRole('heading', { level: 1, name: '双因素认证' })).toBeVisible();
  await expect(page.getByRole('img', { name: /二维码/ }).locator('svg')).toBeVisible();
  const secret = (await page.locator('[data-secret]').getAttribute('data-secret'))!;
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page);
  await typeInto(page, '动态验证码', '000000' === codeAt(secret, Math.floor(Date.now() / 30_000)) ? '111111' : '000000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert', { name: '提交没有成功' })).toContainText('动态验证码不正确或已过期');
  await expectNoAxeViolations(page);
  await page.getByLabel('动态验证码').fill('');
  await typeInto(page, '动态验证码', codeAt(secret, await nextStep(USER)));
  await page.keyboard.press('Enter');
  const codes = page.getByRole('list', { name: '恢复码' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await expectNoAxeViolations(page);

  // Sign-in with a code: the password alone leads to the code step, not into the workspace.
  await signOut(page);
  await passwordStep(page, USER);
  await expect(page.getByLabel(CODE_FIELD)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login/); // no session from the password alone
  await passwordStep(page, USER);
  await completeSecondFactor(page, USER, secret);
  await expect(page).toHaveURL(/\/admin$/);

  // Sign-in with a recovery code, once.
  await signOut(page);
  await passwordStep(page, USER);
  await typeInto(page, CODE_FIELD, recovery);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);
  await passwordStep(page, USER);
  await typeInto(page, CODE_FIELD, recovery);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert', { name: '提交没有成功' })).toContainText('动态验证码不正确或已使用');
  await expectNoAxeViolations(page);

  // The administrator resets it (audited); township-party signs in with the password alone again.
  await passwordStep(page, 'admin');
  await completeSecondFactor(page, 'admin');
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/accounts');
  await page.getByRole('link', { name: USER, exact: true }).click();
  await page.getByRole('link', { name: '重置双因素认证' }).click();
  await expect(page).toHaveURL(/\/admin\/accounts\/\d+\/two-factor$/); // scanned once it has arrived
  await expectNoAxeViolations(page);
  await page.locator('main').getByRole('button', { name: '重置双因素认证' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('已重置双因素认证');
  await signOut(page);
  await passwordStep(page, USER);
  await expect(page).toHaveURL(/\/admin$/);
});
