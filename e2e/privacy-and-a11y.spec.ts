import { expect, test } from '@playwright/test';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';


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
    `/notices/${n.ended.id}`,
    `/notices/${n.closedWithRemoval.id}`,
    `/notices/${n.withdrawn.id}`,
    '/regions/220899',
  ];
}

test('axe finds no WCAG 2.x A/AA violations on the public pages', async ({ page }) => {
  // Twelve full scans, each a few seconds on a 2-core machine while other specs run.
  test.setTimeout(120_000);
  for (const path of publicPages()) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
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
      for (const [, href] of html.matchAll(/href="(\/(?:regions|notices)\/[0-9]+)"/g)) if (!seen.has(href!)) queue.push(href!);
    }
  }
  // every county, township and village-level page of the city, and every public notice, was reached
  expect([...seen].filter((path) => path.startsWith('/regions/')).length).toBe(fixture.regionCount);
  expect([...seen].some((path) => path.startsWith('/notices/'))).toBe(true);
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
