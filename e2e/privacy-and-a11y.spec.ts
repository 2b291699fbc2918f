import { expect, test } from '@playwright/test';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';
import { chineseInterfaceRuns, CJK_RUN } from './interface-text';
import { en } from '../lib/i18n/en';
import { localePath, type Locale } from '../lib/i18n/locale';


function publicPages(): string[] {
  const n = fixture.notices;
  return [
    '/',
    '/privacy',
    `/search?q=${encodeURIComponent(fixture.township.name)}`,
    '/regions/220800',
    `/regions/${fixture.township.code.slice(0, 6)}`,
    `/regions/${fixture.township.code}`,
    `/regions/${n.open.village_code}`,
    `/notices/${n.open.id}`,
    `/notices/${n.open.id}/print`,
    `/notices/${n.open.id}/objection`,
    `/notices/${n.ended.id}/objection`,
    '/objections/YY-2222-2222',
    `/notices/${n.ended.id}`,
    `/notices/${n.closedWithRemoval.id}`,
    `/notices/${n.withdrawn.id}`,
    '/regions/220899',
    `/regions/${n.open.village_code}/left-out?notice=${n.open.id}`,
    ...(fixture.leftOutReference ? [`/left-out/${fixture.leftOutReference}`] : []),
    '/progress',
  ];
}

const LOCALES: Locale[] = ['zh-CN', 'en'];

for (const locale of LOCALES) {
  test(`axe finds no WCAG 2.x A/AA violations on the public pages (${locale})`, async ({ page }) => {
    // Fourteen full scans, each a few seconds on a 2-core machine while other specs run.
    test.setTimeout(150_000);
    for (const path of publicPages().map((p) => localePath(locale, p))) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expectNoAxeViolations(page, path);
    }
  });
}

test('English pages show no Chinese interface text, link to their Chinese twin and name both in hreflang', async ({ page }) => {
  test.setTimeout(120_000);
  const interfaceRuns = chineseInterfaceRuns();
  expect(interfaceRuns.size).toBeGreaterThan(100);
  for (const path of publicPages()) {
    const english = localePath('en', path);
    await page.goto(english);
    // Region names, masked names and notices' own text stay Chinese; no run of interface text may. Text
    // marked lang="zh-CN" (a county's own summary, the 中文 link) is Chinese on purpose and left out.
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const element of body.querySelectorAll('[lang^="zh"], script, style, template')) element.remove();
      return body.textContent ?? '';
    });
    const leftovers = [...new Set(text.match(CJK_RUN) ?? [])].filter((run) => interfaceRuns.has(run));
    expect(leftovers, english).toEqual([]);
    // nor a stray Chinese colon or bracket of a label
    const punctuation = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/^[\s：（）；，。]+$/.test(node.textContent ?? '') && node.textContent!.trim()) found.push(node.parentElement?.outerHTML.slice(0, 80) ?? '');
      }
      return found;
    });
    expect(punctuation, english).toEqual([]);
    // The language link goes through /language, which answers with the page in the Referer (app/language/route.ts).
    await expect(page.getByRole('link', { name: '中文', exact: true })).toHaveAttribute('href', '/language?to=zh-CN');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', english);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', path);
  }
  // and each language's link leads to the same page in the other
  const search = `/search?q=${encodeURIComponent(fixture.township.name)}`;
  await page.goto(localePath('en', search));
  await page.getByRole('link', { name: '中文', exact: true }).click();
  await expect(page).toHaveURL(search);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(localePath('en', search));
  // Links on an English page stay in English.
  await page.goto('/en');
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(hrefs.filter((href) => !/^\/en(\/|$|\?)/.test(href) && !href.startsWith('/api/') && !href.endsWith('/feed.xml'))).toEqual([]);
});

test('on English pages, region names and other Chinese data sit inside lang="zh-CN" (WCAG 3.1.2)', async ({ page }) => {
  const county = fixture.township.code.slice(0, 6);
  await page.goto(localePath('en', `/regions/${fixture.township.code}`));
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading.locator('[lang="zh-CN"]')).toHaveText(fixture.township.name);
  // the breadcrumb's region names: the city, the county, and the township itself
  const crumbs = page.getByRole('navigation', { name: en.region.breadcrumb });
  await expect(crumbs.locator(`a[href="/en/regions/${county}"] [lang="zh-CN"]`)).not.toHaveText('');
  await expect(crumbs.locator('[aria-current="page"] [lang="zh-CN"]')).toHaveText(fixture.township.name);
  // a village's name inside an English sentence, on a notice
  await page.goto(localePath('en', `/notices/${fixture.notices.open.id}`));
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang="zh-CN"]')).toHaveText(fixture.notices.open.title);
  const allOfVillage = page.getByRole('link', { name: /^All notices of / });
  await expect(allOfVillage).toHaveAttribute('href', `/en/regions/${fixture.notices.open.village_code}`);
  await expect(allOfVillage.locator('[lang="zh-CN"]')).toHaveCount(1);
  // and the Chinese page adds no such marks to them
  await page.goto(`/regions/${fixture.township.code}`);
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang]')).toHaveCount(0);
});

test('on English pages, captions, tables and accessible names hold their Chinese names in lang="zh-CN" too (WCAG 3.1.2)', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of publicPages()) {
    const english = localePath('en', path);
    await page.goto(english);
    // The charts (a figure with fill patterns) are drawn once their chunk has loaded: checked drawn.
    const charts = await page.locator('figure:has(pattern)').count();
    if (charts > 0) await expect(page.locator('figure svg.recharts-surface')).toHaveCount(charts);
    const unmarked = await page.evaluate(() => {
      const CJK = /[\u3400-\u9fff]/;
      const chinese = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[lang]')?.getAttribute('lang')?.startsWith('zh') ?? false;
      const found: string[] = [];
      const where = (element: Element) => element.outerHTML.slice(0, 100);
      // An attribute cannot be marked: no name, title or text alternative may hold Chinese outside lang="zh-CN".
      for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [aria-description], [placeholder]')) {
        for (const name of ['aria-label', 'title', 'alt', 'aria-description', 'placeholder']) {
          if (CJK.test(element.getAttribute(name) ?? '') && !chinese(element)) found.push(`${name}: ${where(element)}`);
        }
      }
      // Text that names something (captions, SVG titles, the targets of aria-labelledby) or sits in a table.
      const named = new Set<Element>(document.body.querySelectorAll('caption, figcaption, legend, svg title, table'));
      for (const element of document.body.querySelectorAll('[aria-labelledby]')) {
        for (const id of element.getAttribute('aria-labelledby')!.split(/\s+/)) {
          const target = document.getElementById(id);
          if (target) named.add(target);
        }
      }
      for (const root of named) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (CJK.test(node.textContent ?? '') && !chinese(node)) found.push(`text: ${where(node.parentElement!)}`);
        }
      }
      return [...new Set(found)];
    });
    expect.soft(unmarked, english).toEqual([]);
  }
});

test('no public page contains a private value (crawling every region and notice)', async ({ request }) => {
  // 白城市's real tree has about 1,230 regions: the crawl reads six pages at a time.
  test.setTimeout(300_000);
  expect(fixture.secrets.length).toBeGreaterThan(400);
  const seen = new Set<string>();
  let queue = ['/', '/privacy', `/search?q=${encodeURIComponent('村')}`];
  while (queue.length > 0) {
    const batch = [...new Set(queue)].filter((path) => !seen.has(path)).slice(0, 6);
    queue = queue.filter((path) => !batch.includes(path) && !seen.has(path));
    for (const path of batch) seen.add(path);
    for (const [path, html] of await Promise.all(batch.map(async (path) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return [path, await response.text()] as const;
    }))) {
      const leaked = fixture.secrets.filter((secret) => html.includes(secret));
      expect(leaked, path).toEqual([]);
      for (const [, href] of html.matchAll(/href="(\/(?:regions|notices)\/[0-9]+(?:\/print|\/left-out|\/objection)?|\/left-out\/YL-[0-9A-Z-]+)"/g)) if (!seen.has(href!)) queue.push(href!);
    }
  }
  // every county, township and village-level page of the city, and every public notice, was reached
  expect([...seen].filter((path) => /^\/regions\/[0-9]+$/.test(path)).length).toBe(fixture.regionCount);
  expect([...seen].some((path) => path.startsWith('/notices/'))).toBe(true);
  // and every notice's print page (masked names only: the full names are on the officials' poster)
  expect([...seen].some((path) => /^\/notices\/[0-9]+\/print$/.test(path))).toBe(true);
});

test('the Atom feeds list the notices and nothing private', async ({ request }) => {
  const open = fixture.notices.open;
  for (const code of ['220800', open.village_code]) {
    const response = await request.get(`/regions/${code}/feed.xml`);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml).toContain(`<title>${open.title}</title>`);
    expect(xml).toContain(`/notices/${open.id}"`);
    expect(fixture.secrets.filter((secret) => xml.includes(secret))).toEqual([]);
  }
  expect((await request.get('/regions/220899/feed.xml')).status()).toBe(404);
});

// Large print and high contrast (lib/display.ts), and reflow: a 320 px wide viewport is what a 1280 px
// window shows at 400% zoom (WCAG 1.4.10), so one pass at 320 px checks both.
const display = { large: '大字', contrast: '高对比' } as const;

test.describe('at 320 px (400% zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of LOCALES) test(`no public page scrolls sideways, in normal and large print; in large print and high contrast all text is 22 px or more and axe finds nothing (${locale})`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const pageTypes = () => publicPages().map((p) => localePath(locale, p));
    const widths = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    for (const path of pageTypes()) {
      await page.goto(path);
      const { scroll, client } = await widths();
      expect(scroll, `${path} (normal)`).toBeLessThanOrEqual(client);
    }
    await page.context().addCookies([{ name: 'gongshi_display', value: 'large.contrast', url: baseURL! }]);
    for (const path of pageTypes()) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass('text-large contrast-high');
      const { scroll, client } = await widths();
      expect.soft(scroll, `${path} (large print)`).toBeLessThanOrEqual(client);
      // Every piece of text outside the charts (drawn at their own size; their figures are in the tables;
      // Recharts measures its labels in an off-screen span).
      const small = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!node.textContent?.trim() || !element || element.closest('svg, script, style, template, #recharts_measurement_span')) continue;
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < 22) found.push(`${size}px: ${node.textContent.trim().slice(0, 20)}`);
        }
        return found;
      });
      expect.soft(small, path).toEqual([]);
      await expectNoAxeViolations(page, `${path} (large print, high contrast)`);
    }
  });
});

// The header's switches are rendered once by the root layout, which client-side navigation does not render
// again: they must still act on the page now shown (they send the browser's Referer, and no client JS).
test('after client-side navigation, the language and display switches act on the page now shown, and officials’ pages have none', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: '网站导航' });
  await footer.getByRole('link', { name: '进度', exact: true }).click();
  await expect(page).toHaveURL('/progress');
  await page.getByRole('button', { name: display.large, exact: true }).click();
  await expect(page).toHaveURL('/progress');
  await expect(page.locator('html')).toHaveClass('text-large');
  await page.getByRole('button', { name: display.large, exact: true }).click();
  await expect(page.locator('html')).not.toHaveAttribute('class');
  await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '隐私说明', exact: false }).click();
  await expect(page).toHaveURL('/privacy');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL('/en/privacy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Officials' pages: the sign-in page, reached by the footer's link, shows neither switch.
  await page.goto('/');
  await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: /工作人员/ }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('link', { name: 'English', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: display.large, exact: true })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the language link leads to the same page in the other language', async ({ page }) => {
    const path = `/search?q=${encodeURIComponent(fixture.township.name)}`;
    await page.goto(path);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(`/en${path}`);
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await expect(page).toHaveURL(path);
  });

  test('the display switch turns large print and high contrast on and off, each time back on the same page', async ({ page }) => {
    const path = `/search?q=${encodeURIComponent(fixture.township.name)}`;
    const html = page.locator('html');
    const button = (name: keyof typeof display) => page.getByRole('button', { name: display[name], exact: true });
    await page.goto(path);
    await expect(page.locator('body')).toHaveCSS('font-size', '18px');
    await expect(button('large')).toHaveAttribute('aria-pressed', 'false');

    await button('large').click();
    await expect(page).toHaveURL(path);
    await expect(html).toHaveClass('text-large');
    await expect(page.locator('body')).toHaveCSS('font-size', '22px');
    await expect(button('large')).toHaveAttribute('aria-pressed', 'true');

    await button('contrast').click();
    await expect(page).toHaveURL(path);
    await expect(html).toHaveClass('text-large contrast-high');
    await expect(page.locator('header').first()).toHaveCSS('background-color', 'rgb(122, 0, 0)');

    await button('large').click();
    await expect(html).toHaveClass('contrast-high');
    await button('contrast').click();
    await expect(page).toHaveURL(path);
    await expect(html).not.toHaveAttribute('class');
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('gongshi_display');
  });

  test('on an English page the switch is in English and comes back to the English page', async ({ page }) => {
    const path = `/en/search?q=${encodeURIComponent(fixture.township.name)}`;
    await page.goto(path);
    await page.getByRole('button', { name: 'Large print', exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.locator('html')).toHaveClass('text-large');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Large print', exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.locator('html')).not.toHaveAttribute('class');
  });
});
