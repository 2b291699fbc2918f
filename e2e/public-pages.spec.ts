import { expect, test } from '@playwright/test';
import { fixture } from './fixture';

test.describe('public pages show the demo data', () => {
  test('home: headline, every county with its allocation and progress, open notices', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.programme.name);
    const figures = page.locator('dl').first();
    await expect(figures).toContainText(`${fixture.programme.target}`);
    await expect(figures.locator('dd').nth(1)).toContainText(`${fixture.city.publicised}`);
    await expect(figures.locator('dd').nth(2)).toContainText(`${fixture.city.passed}`);
    const table = page.getByRole('table', { name: /各县（市、区）/ });
    for (const county of fixture.counties) {
      const row = table.getByRole('row', { name: new RegExp(county.name) });
      await expect(row.getByRole('cell')).toHaveText([`${county.allocation}`, `${county.publicised}`, `${county.passed}`, /%$/]);
    }
    await expect(page.getByRole('link', { name: fixture.notices.open.title })).toBeVisible();
  });

  test('county page: breadcrumb, townships, notices', async ({ page }) => {
    const county = fixture.counties.find((c) => c.code === fixture.township.code.slice(0, 6))!;
    await page.goto(`/regions/${county.code}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(county.name);
    await expect(page.getByRole('navigation', { name: '所在位置' }).getByRole('link', { name: '白城市' })).toBeVisible();
    await expect(page.getByRole('link', { name: fixture.township.name, exact: true })).toBeVisible();
    await expect(page.getByText(`${fixture.year}年度任务`).first()).toBeVisible();
    await expect(page.getByRole('link', { name: fixture.notices.open.title })).toBeVisible();
  });

  test('township page lists its villages; village page lists its notices open first', async ({ page }) => {
    await page.goto(`/regions/${fixture.township.code}`);
    for (const village of fixture.villages) await expect(page.getByRole('link', { name: village.name, exact: true })).toBeVisible();
    await page.goto(`/regions/${fixture.notices.open.village_code}`);
    const first = page.locator('main ul li').first();
    await expect(first).toContainText('公示中');
    await expect(first).toContainText(/还剩 \d+ 天|今天是最后一天/);
  });

  test('open notice: period, how to object, masked list, objections', async ({ page }) => {
    const n = fixture.notices.open;
    await page.goto(`/notices/${n.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(n.title);
    await expect(page.getByText(/公示中 · (还剩 \d+ 天|今天是最后一天)/)).toBeVisible();
    await expect(page.getByRole('heading', { name: '如何提出异议' })).toBeVisible();
    await expect(page.getByText(/23:59 前/)).toBeVisible();
    // The demo notice records no 村民代表评议, so its facts have no such line (issue 10 item 9).
    await expect(page.getByRole('term').filter({ hasText: '村民代表评议' })).toHaveCount(0);
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveText(n.entries.map((e) => e.masked_name));
    await expect(page.getByRole('heading', { name: `异议（共 ${n.objections.length} 件）` })).toBeVisible();
  });

  test('period ended, closed and withdrawn notices say so', async ({ page }) => {
    await page.goto(`/notices/${fixture.notices.ended.id}`);
    await expect(page.getByText('公示期已结束', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('不再受理异议')).toBeVisible();

    const closed = fixture.notices.closedWithRemoval;
    await page.goto(`/notices/${closed.id}`);
    await expect(page.getByRole('columnheader', { name: '公示结果' })).toBeVisible();
    const removed = closed.entries.find((e) => e.outcome === 'removed')!;
    await expect(page.getByRole('row', { name: new RegExp(removed.masked_name.replaceAll('*', '\\*')) })).toContainText('未通过');
    const upheld = closed.objections.find((o) => o.status === 'upheld')!;
    await expect(page.getByText(upheld.resolution_reason!)).toBeVisible();

    const withdrawn = fixture.notices.withdrawn;
    const response = await page.goto(`/notices/${withdrawn.id}`);
    expect(response!.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await expect(page.getByText(withdrawn.withdrawal_reason!)).toBeVisible();
    await expect(page.getByText('本公示已撤回，名单不再公开。')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    for (const e of withdrawn.entries) await expect(page.getByText(e.masked_name)).toHaveCount(0);

    // Closed more than 30 days ago: counts and outcomes only.
    const expired = fixture.notices.closedExpired;
    await page.goto(`/notices/${expired.id}`);
    await expect(page.getByText(/名单不再公开，只保留户数和公示结果/)).toBeVisible();
    await expect(page.getByText(`名单共 ${expired.entries.length} 户：`)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    for (const e of expired.entries) await expect(page.getByText(e.masked_name)).toHaveCount(0);
  });

  test('search by township or village name from any page, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/notices/${fixture.notices.open.id}`);
    await page.getByRole('searchbox', { name: '搜索乡镇或村' }).fill(fixture.township.name);
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await page.getByRole('link', { name: fixture.township.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(fixture.township.name);
    await context.close();
  });

  test('unknown codes and ids answer 404 with a way back', async ({ page }) => {
    for (const path of ['/regions/220899', '/regions/abc', '/notices/999999', `/notices/${fixture.draftId ?? 999998}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
      await expect(page.getByRole('searchbox').first()).toBeVisible();
    }
  });

  test('every page is sent with basic protections against sniffing and framing', async ({ request }) => {
    for (const path of ['/', `/notices/${fixture.notices.open.id}`, '/login']) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-powered-by'], path).toBeUndefined();
      expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'; .*frame-ancestors 'none'/);
    }
  });

  test('scripts run under the Content-Security-Policy: a fresh nonce per response, on every script, nothing refused', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const nonces = new Set<string>();
    for (const path of ['/', '/progress', '/login']) {
      const response = await page.goto(path);
      const nonce = /'nonce-([^']+)'/.exec(response!.headers()['content-security-policy'] ?? '')?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce!);
      const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([]);
      // The chart chunk is loaded by a trusted script after the page: allowed by 'strict-dynamic'.
      if (path === '/progress') await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    }
    expect(nonces.size).toBe(3);
    expect(refused).toEqual([]);
  });

  test('route handlers under /api send the strict policy: JSON, CSV, a refusal and the sign-in endpoints', async ({ request }) => {
    for (const path of ['/api/public/progress', '/api/public/progress?format=csv', '/api/public/progress?format=pdf', '/api/auth/csrf', '/api/auth/session']) {
      const response = await request.get(path);
      expect(response.headers()['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  test('privacy page lists what is published and what is not', async ({ page }) => {
    await page.goto('/privacy');
    await expect(page.getByRole('rowheader', { name: /姓名（只显示第一个字和最后一个字/ })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: '身份证号码、残疾证号' })).toBeVisible();
  });
});
