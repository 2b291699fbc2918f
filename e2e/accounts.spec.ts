// Account management (账号管理) in the browser: the administrator creates an account for a village,
// that account signs in and replaces its one-time password; the administrator disables it, and its next page load goes back to /login.
// Every page of the flow is checked with axe.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signInFromLogin } from './sign-in';

// Unique per run, so a rerun against the same database does not collide with an earlier account.
const username = `e2e-yongan-${Date.now().toString(36)}`;
const initialPassword = 'yongan initial 2026';
const ownPassword = '自己选的密码 拖拉机 2026'; // not 红光村…: the policy refuses the account's own place names
const HONGGUANG = '220802100203'; // 红光村委会, 平安镇, 洮北区

test('the administrator creates a village account that can sign in, then disables it and its session ends', async ({ page, browser, baseURL }) => {
  // Two browsers, a second factor (which may wait for the next 30 s step) and five axe scans: on a busy
  // 2-core CI machine this took more than the officials' 90 s once (the click after the third scan timed out).
  test.setTimeout(180_000);
  await signInFromLogin(page, 'admin');
  await expect(page).toHaveURL(/\/admin$/);

  // The list: every demo account, with role, region and status in words.
  await page.goto('/admin/accounts');
  await expect(page.getByRole('heading', { level: 1, name: '账号管理' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /village-a/ })).toContainText('村党组织');
  await expect(table.getByRole('row', { name: /village-a/ })).toContainText('平安村委会（220802100201）');
  await expect(table.getByRole('row', { name: /village-a/ })).toContainText('正常');
  await expectNoAxeViolations(page);

  // The form: refused first (a short password, a misfit region), then accepted.
  await page.locator('main').getByRole('link', { name: '新建账号' }).click();
  await expect(page).toHaveURL(/\/admin\/accounts\/new$/);
  await expectNoAxeViolations(page);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('显示名称').fill('红光村党支部');
  await page.getByLabel('岗位').selectOption('village');
  await page.getByLabel('所属地区').selectOption('220802100'); // a township: wrong for a village account
  await page.getByLabel('初始密码').fill('too short');
  await page.locator('main').getByRole('button', { name: '新建账号' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '提交没有成功' });
  await expect(summary).toContainText('密码至少要有 12 个字符');
  await expect(page.getByLabel('用户名')).toHaveValue(username); // what was typed comes back…
  await expect(page.getByLabel('初始密码')).toHaveValue(''); // …except the password
  await expectNoAxeViolations(page);

  await page.getByLabel('初始密码').fill(initialPassword);
  await page.locator('main').getByRole('button', { name: '新建账号' }).click();
  await expect(summary).toContainText('“村党组织”账号的所属地区必须是村');
  await page.getByLabel('所属地区').selectOption(HONGGUANG);
  await page.getByLabel('初始密码').fill(initialPassword);
  await page.locator('main').getByRole('button', { name: '新建账号' }).click();
  await expect(page).toHaveURL(/\/admin\/accounts\/\d+\?done=created$/);
  const accountPath = new URL(page.url()).pathname;
  await expect(page.getByRole('status').filter({ hasText: '账号已创建' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`账号 ${username}`);
  await expect(page.locator('main')).toContainText('红光村委会（220802100203）');
  await expectNoAxeViolations(page);

  // The new account signs in, in a browser of its own.
  const villager = await browser.newContext({ baseURL });
  const other = await villager.newPage();
  // The initial password is one-time: the owner chooses their own before anything else.
  await signInFromLogin(other, username, initialPassword);
  await expect(other).toHaveURL(/\/admin\/password$/);
  await other.getByLabel('当前密码').fill(initialPassword);
  await other.getByLabel('新密码', { exact: true }).fill(ownPassword);
  await other.getByLabel('再次输入新密码').fill(ownPassword);
  await other.locator('main').getByRole('button', { name: '保存新密码' }).click();
  await expect(other).toHaveURL(/\/admin\/password\?done=1$/);
  await other.goto('/admin');
  await expect(other.getByText('红光村党支部（村党组织 · 红光村委会）')).toBeVisible();

  // The administrator disables it, after a confirmation page.
  await page.goto(accountPath);
  await page.locator('main').getByRole('link', { name: '停用账号' }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}/status$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`停用账号 ${username}`);
  await expectNoAxeViolations(page);
  await page.locator('main').getByRole('button', { name: '停用账号' }).click();
  await expect(page).toHaveURL(new RegExp(`${accountPath}\\?done=disabled$`));
  await expect(page.locator('main')).toContainText('已停用');

  // Its next page load goes back to the login page, and it cannot sign in again.
  await other.reload();
  await expect(other).toHaveURL(/\/login\?callbackUrl=/);
  await signInFromLogin(other, username, ownPassword);
  await expect(other.locator('main').getByText('用户名或密码不正确。').first()).toBeVisible();
  await villager.close();

  // The list shows it disabled, in words.
  await page.goto('/admin/accounts');
  await expect(page.getByRole('table').getByRole('row', { name: new RegExp(username) })).toContainText('已停用');

  // The password page, for its accessibility.
  await page.goto(`${accountPath}/password`);
  await expect(page.getByLabel('新密码')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the administrator cannot disable their own account, and other roles cannot manage accounts', async ({ page }) => {
  await signInFromLogin(page, 'admin');
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/accounts');
  await page.getByRole('table').getByRole('link', { name: 'admin', exact: true }).click();
  await expect(page.getByText('这是您自己的账号。')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: '停用账号' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Sign out, so that another account can sign in; leave the page first, or a request still in
  // flight to /admin would set the session cookie again.
  await page.goto('about:blank');
  await page.context().clearCookies();
  await signInFromLogin(page, 'village-a');
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/accounts');
  await expect(page.locator('main')).toContainText('只有系统管理员可以管理账号。');
  await expect(page.getByRole('table')).toHaveCount(0);
});
