// A one-time password in the browser: the administrator creates an account and resets its password
// (the way setup's first password works too); signing in with it leads to 修改密码 and nowhere else
// until a new password is chosen; then the dashboard opens. Every page of the flow is checked with axe.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInFromLogin } from './sign-in';

const username = `e2e-city-${Date.now().toString(36)}`;
const oneTime = 'one-time password 2026';
const chosen = '我自己选的新密码 2026';

test('an account with a one-time password must choose its own before anything else', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await signInFromLogin(page, 'admin');
  await expect(page).toHaveURL(/\/admin$/);

  // The administrator creates a city account, then resets its password: that one is one-time.
  await page.goto('/admin/accounts/new');
  await page.getByLabel('用户名').fill(username);
  // A township role: the city's would first have to enrol a second factor (e2e/two-factor.spec.ts covers that gate).
  await page.getByLabel('显示名称').fill('乡镇残联工作人员');
  await page.getByLabel('岗位').selectOption('township_dpf');
  await page.getByLabel('所属地区').selectOption('220802100');
  await page.getByLabel('初始密码').fill('the initial password');
  await page.locator('main').getByRole('button', { name: '新建账号' }).click();
  await expect(page).toHaveURL(/\/admin\/accounts\/\d+\?done=created$/);
  const accountPath = new URL(page.url()).pathname;
  await page.goto(`${accountPath}/password`);
  await page.getByLabel('新密码').fill(oneTime);
  await page.locator('main').getByRole('button', { name: '重置密码' }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}\\?done=password$`));

  // Signing in with it leads to 修改密码, and every other page leads back there.
  const context = await browser.newContext({ baseURL });
  const official = await context.newPage();
  await signInFromLogin(official, username, oneTime);
  await expect(official).toHaveURL(/\/admin\/password$/);
  await expect(official.getByRole('heading', { level: 1 })).toHaveText('修改密码');
  await expect(official.locator('main')).toContainText('您正在使用一次性密码登录');
  await expect(official.getByRole('navigation', { name: '工作台导航' }).getByRole('link')).toHaveCount(0);
  await expectNoAxeViolations(official);
  await official.goto('/admin/households');
  await expect(official).toHaveURL(/\/admin\/password$/);

  // Refused first (two different new passwords), with the error summary, then accepted.
  await official.getByLabel('当前密码').fill(oneTime);
  await official.getByLabel('新密码', { exact: true }).fill(chosen);
  await official.getByLabel('再次输入新密码').fill(`${chosen}!`);
  await official.locator('main').getByRole('button', { name: '保存新密码' }).click();
  const summary = official.getByRole('alert').filter({ hasText: '提交没有成功' });
  await expect(summary).toContainText('再次输入新密码：两次输入的新密码不一致');
  await expectNoAxeViolations(official);
  await official.getByLabel('当前密码').fill(oneTime);
  await official.getByLabel('新密码', { exact: true }).fill(chosen);
  await official.getByLabel('再次输入新密码').fill(chosen);
  await official.locator('main').getByRole('button', { name: '保存新密码' }).click();
  await expect(official).toHaveURL(/\/admin\/password\?done=1$/);
  await expect(official.getByRole('status').filter({ hasText: '密码已修改' })).toBeVisible();
  await expectNoAxeViolations(official);

  // Still signed in (with the new password), and the dashboard opens.
  await official.locator('main').getByRole('link', { name: '进入工作台' }).click();
  await expect(official).toHaveURL(/\/admin$/);
  await expect(official.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(official.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '工作台' })).toBeVisible();
  await expectNoAxeViolations(official);
  await official.goto('about:blank');
  await context.close();

  // The one-time password no longer signs in; the chosen one does.
  const again = await browser.newContext({ baseURL });
  const check = await again.newPage();
  await signInFromLogin(check, username, oneTime);
  await expect(check.locator('main').getByText('用户名或密码不正确。').first()).toBeVisible();
  await signInFromLogin(check, username, chosen);
  await expect(check).toHaveURL(/\/admin$/);
  await check.goto('about:blank');
  await again.close();
});
