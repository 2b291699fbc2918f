// Sessions in the browser: the header says when the sign-in ends; signing out ends the session on the
// server, so a copy of the cookie stops working; 退出所有设备 ends the other browsers' sessions too;
// an idle session sends the official to sign in again with 会话已过期 and back to the page afterwards.
// The server runs with GONGSHI_SESSION_IDLE_SECONDS=600 (playwright.config.ts), so no other spec can
// time out; the idle test makes the session look idle by moving its last_seen_at back in SQL, which
// only a PostgreSQL run can do (on PGlite the server holds the only connection), so it is skipped there.
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { expectNoAxeViolations } from './axe';
import { signInAs } from './sign-in';

const USER = 'village-b';

async function signedInPage(browser: Browser, baseURL: string | undefined, path = '/admin'): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto(path);
  await signInAs(page, USER);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, '\\$&')}$`));
  return page;
}

test('the header says when the sign-in ends, and signing out makes a copied cookie useless', async ({ browser, baseURL }) => {
  const page = await signedInPage(browser, baseURL);
  await expect(page.getByText(/本次登录在 (\d{4}年\d+月\d+日 )?\d{2}:\d{2} 前有效，闲置 10 分钟会自动退出。/)).toBeVisible();

  // The cookie copied into another browser works... until its owner signs out.
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(await page.context().cookies());
  const copy = await thief.newPage();
  await copy.goto('/admin');
  await expect(copy).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await copy.goto('/admin');
  await expect(copy).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await thief.close();
});

test('5 wrong passwords from one address lock that address out with a clear message; the owner elsewhere signs in', async ({ browser, baseURL }) => {
  // The server believes one proxy hop (TRUST_PROXY=1, playwright.config.ts): this browser is 198.51.100.7.
  const attacker = await (await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.7' } })).newPage();
  await attacker.goto('/login');
  // Each attempt's answer before the next: a form filled while one is in flight is reset by its answer.
  const attempt = async (password?: string) => {
    const answered = attacker.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login');
    await signInAs(attacker, USER, password);
    await answered;
    // ...and the form reset by that answer: on a busy machine the reset can land after the response, and
    // would empty the next attempt's fields, which the server refuses unread (not a counted failure).
    if (password) await expect(attacker.getByLabel('密码')).toHaveValue('');
  };
  for (let i = 1; i <= 5; i++) await attempt(`wrong-password-${i}`);
  // Even the right password is refused there now, with the time it ends and what to do.
  await attempt();
  await expect(attacker.locator('main').getByText(/此用户名在您这里连续5次密码错误，已暂停从您这里登录，请在北京时间 .+ 以后再试。/).first()).toBeVisible();
  await expectNoAxeViolations(attacker, '/login (locked)');
  await attacker.context().close();
  // The owner, at another address, is not locked out.
  const owner = await signedInPage(browser, baseURL);
  await owner.context().close();
});

test('退出所有设备 ends the sessions of every browser', async ({ browser, baseURL }) => {
  const other = await signedInPage(browser, baseURL);
  const page = await signedInPage(browser, baseURL, '/admin/password');
  await expectNoAxeViolations(page, '/admin/password');
  await page.getByRole('button', { name: '退出所有设备' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=all$/);
  await expect(page.getByText('您已在所有设备上退出登录')).toBeVisible();
  await other.goto('/admin');
  await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
});

test('an idle session ends with 会话已过期 and comes back to the page after signing in', async ({ browser, baseURL }) => {
  test.skip(!process.env.DATABASE_URL, 'needs SQL next to the server: PostgreSQL runs only');
  const page = await signedInPage(browser, baseURL, '/admin/households');
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    // Eleven minutes without a request: past the test server's 10-minute idle limit.
    const { rowCount } = await client.query(
      `update sessions set last_seen_at = now() - interval '11 minutes'
        where revoked_at is null and official_id = (select id from officials where username = $1)`,
      [USER],
    );
    expect(rowCount).toBeGreaterThan(0);
  } finally {
    await client.end();
  }
  await page.reload();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fhouseholds&expired=1$/);
  await expect(page.getByText(/会话已过期：闲置超过 10 分钟/)).toBeVisible();
  await expectNoAxeViolations(page, '/login (expired)');
  await signInAs(page, USER);
  await expect(page).toHaveURL(/\/admin\/households$/);
});
