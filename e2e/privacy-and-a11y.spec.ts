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
  expect(fixture.secrets.length).toBeGreaterThan(400);
  const seen = new Set<string>();
  const queue = ['/', '/privacy', `/search?q=${encodeURIComponent('村')}`];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const leaked = fixture.secrets.filter((secret) => html.includes(secret));
    expect(leaked, path).toEqual([]);
    for (const [, href] of html.matchAll(/href="(\/(?:regions|notices)\/[0-9]+)"/g)) if (!seen.has(href!)) queue.push(href!);
  }
  // every county, township and village page and every public notice was reached
  expect(seen.size).toBeGreaterThan(60);
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
