// The household search posts its query: a certificate (ID) number typed into it never appears in a
// URL (address bar, history, server and proxy logs, Referer), with JavaScript and without it.
import { expect, test, type Page } from '@playwright/test';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('village-a');
  await page.getByLabel('密码').fill('gongshi-demo-2026');
  await page.locator('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** The certificate number of the fixture's registered household, as its detail page shows it. */
async function certificateOf(page: Page): Promise<{ certificate: string; name: string }> {
  await page.goto(`/admin/households/${fixture.villageA.registeredHousehold}`);
  const value = (label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]').innerText();
  return { certificate: (await value('残疾证号')).trim(), name: (await value('姓名')).trim() };
}

test('a search by certificate number is posted: the results show, the URL and every request URL stay clean', async ({ page }) => {
  await signIn(page);
  const { certificate, name } = await certificateOf(page);
  expect(certificate).toMatch(/^\d{17}[\dX]\d{2}/);
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));

  await page.goto('/admin/households');
  await page.getByLabel('姓名或残疾证号').fill(certificate);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  const results = page.getByRole('region', { name: /帮扶对象，共1户/ });
  await expect(results.getByRole('link', { name })).toBeVisible();
  await expect(page.getByLabel('姓名或残疾证号')).toHaveValue(certificate);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/admin/households');
  expect(urls.filter((url) => url.includes(certificate.slice(-8)))).toEqual([]);
  await expectNoAxeViolations(page, 'household search results');

  // A query string is not read at all: an old bookmarked search shows the whole list.
  await page.goto(`/admin/households?q=${certificate}`);
  await expect(page.getByLabel('姓名或残疾证号')).toHaveValue('');
  await expect(page.getByRole('heading', { level: 2, name: /帮扶对象，共\d+户/ })).not.toHaveText('帮扶对象，共1户');

  // A search it cannot run says why, in Chinese, at the field.
  await page.getByLabel('姓名或残疾证号').fill('张'.repeat(51));
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '查找内容不能超过50个字' })).toBeVisible();
});

test('without JavaScript the search form posts and the server renders the results', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);
  const { certificate, name } = await certificateOf(page);
  const urls: string[] = [];
  page.on('request', (request) => urls.push(`${request.method()} ${request.url()}`));
  await page.goto('/admin/households');
  await page.getByLabel('姓名或残疾证号').fill(certificate);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await expect(page.getByRole('region', { name: /帮扶对象，共1户/ }).getByRole('link', { name })).toBeVisible();
  expect(urls).toContain(`POST ${new URL('/admin/households', page.url()).href}`);
  expect(urls.filter((url) => url.includes(certificate.slice(-8)))).toEqual([]);
  await context.close();
});
