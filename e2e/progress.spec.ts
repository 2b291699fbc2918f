// Public progress: /progress, the county charts, the CSV downloads and the open-data JSON, against
// numbers the fixture counted directly in SQL.
//
// The officials' browser tests write in 洮北区 while these run (they file a household, record help,
// change its target for a moment), so its figures and the city totals can move: those are checked
// for consistency (the total row is the sum of the county rows), the other counties number by number.
import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';

const WRITTEN_BY_OTHER_TESTS = '220802'; // 洮北区
const { counties, months } = fixture.progress;
const stable = counties.filter((c) => c.code !== WRITTEN_BY_OTHER_TESTS);
const yuan = (n: number) => n.toLocaleString('zh-CN');
const rate = (passed: number, target: number) => (target > 0 ? `${Math.round((passed / target) * 100)}%` : '—');
const monthLabel = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
const countyRow = (c: (typeof counties)[number]) =>
  [c.allocation, c.publicised, c.passed, c.filed, c.paired, c.outOfPoverty].map(String).concat(rate(c.passed, c.allocation));

function countiesTable(page: Page): Locator {
  return page.getByRole('table', { name: `各县（市、区）${fixture.year}年度任务和各环节户数（单位：户）` });
}

/** The cells of each body row, keyed by the row header. */
async function tableRows(table: Locator): Promise<Map<string, string[]>> {
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')] as const),
  );
  return new Map(rows);
}

const asNumber = (cell: string) => Number(cell.replace(/,/g, ''));

/** Each count column of the city total row is the sum of the county rows above it. */
function expectTotalsAdd(rows: Map<string, string[]>, total: string, columns: number) {
  const body = [...rows.entries()].filter(([name]) => name !== total);
  const totals = rows.get(total)!;
  for (let i = 0; i < columns; i++) {
    expect(asNumber(totals[i]!), `column ${i}`).toBe(body.reduce((n, [, cells]) => n + asNumber(cells[i]!), 0));
  }
}

async function expectCountiesTable(page: Page) {
  const table = countiesTable(page);
  for (const c of stable) {
    await expect(table.getByRole('row', { name: new RegExp(`^${c.name}`) }).getByRole('cell')).toHaveText(countyRow(c));
  }
  const rows = await tableRows(table);
  expect([...rows.keys()]).toEqual([...counties.map((c) => c.name), '全市合计']);
  expectTotalsAdd(rows, '全市合计', 6);
}

async function expectFundsTable(page: Page) {
  const table = page.getByRole('table', { name: /^白城市.*投入的小额贷款和残联资助/ });
  for (const c of stable) {
    await expect(table.getByRole('row', { name: new RegExp(`^${c.name}`) }).getByRole('cell')).toHaveText(
      [c.microLoan, c.dpfFunding, c.microLoan + c.dpfFunding].map(yuan),
    );
  }
  expectTotalsAdd(await tableRows(table), '全市合计', 3);
}

/** The months table lists every month from the first to the last with data, and its sums match the year's totals. */
async function expectMonthsTable(page: Page) {
  const table = page.getByRole('table', { name: /^白城市.*每月公示、通过公示和审批建档的户数/ });
  const rows = await tableRows(table);
  for (const m of new Set(months.map((x) => x.month))) expect([...rows.keys()]).toContain(monthLabel(m));
  const counts = await tableRows(countiesTable(page));
  const total = counts.get('全市合计')!;
  const column = (i: number) => [...rows.values()].reduce((n, cells) => n + asNumber(cells[i]!), 0);
  expect(column(0)).toBe(asNumber(total[1]!)); // publicised
  expect(column(1)).toBe(asNumber(total[2]!)); // passed
  expect(column(2)).toBe(asNumber(total[3]!)); // filed
}

test.describe('public progress', () => {
  test('/progress: headline, every table with the numbers counted in SQL, and four drawn charts', async ({ page }) => {
    expect(counties).toHaveLength(5);
    expect(stable.every((c) => c.filed > 0 && c.microLoan > 0)).toBe(true);
    expect(stable.some((c) => c.outOfPoverty > 0)).toBe(true); // 稳定脱贫 needs every condition: not every county has one yet
    await page.goto('/');
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '进度' }).click();
    await expect(page).toHaveURL(/\/progress$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('工程进度');
    await expect(page.locator('dl').first()).toContainText(`${fixture.programme.target}`);

    await expectCountiesTable(page);
    await expectFundsTable(page);
    await expectMonthsTable(page);
    // The city's stages are the counties table's total row.
    const total = (await tableRows(countiesTable(page))).get('全市合计')!;
    const stages = page.getByRole('table', { name: `白城市${fixture.year}年度各环节户数（单位：户）` });
    await expect(stages.getByRole('row', { name: /^已建档/ }).getByRole('cell').first()).toHaveText(total[3]!);
    await expect(stages.getByRole('row', { name: /^已脱贫/ }).getByRole('cell').first()).toHaveText(total[5]!);

    // The sentence above the counties chart names the county with the highest completion rate.
    const best = [...stable].sort((a, b) => b.passed / b.allocation - a.passed / a.allocation)[0]!;
    const taobei = counties.find((c) => c.code === WRITTEN_BY_OTHER_TESTS)!;
    if (best.passed / best.allocation > taobei.passed / taobei.allocation) {
      await expect(page.getByText(`${best.name}通过公示比例最高，已通过公示 ${best.passed} 户`)).toBeVisible();
    }

    // Charts: drawn once the page is live, each an image with a name, beside its table.
    await expect(page.getByRole('img', { name: /^图：/ })).toHaveCount(4);
    await expect(page.getByRole('img', { name: `图：各县（市、区）${fixture.year}年度各环节户数` })).toBeVisible();
  });

  test('the CSV link downloads the same numbers, as UTF-8 with a byte-order mark', async ({ page }) => {
    await page.goto('/progress');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载“各县（市、区）.*（CSV 文件/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`progress-counties-${fixture.year}.csv`);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('地区,年度任务,已公示,已通过,已建档,已结对,已脱贫,通过公示比例');
    expect(lines).toHaveLength(counties.length + 2);
    for (const c of stable) expect(lines).toContain([c.name, ...countyRow(c)].join(','));

    const funds = await page.request.get('/api/public/progress?format=csv&table=funds');
    expect(funds.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(funds.headers()['content-disposition']).toMatch(/^attachment; filename="progress-funds-\d{4}\.csv"$/);
    const fundLines = (await funds.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    for (const c of stable) expect(fundLines).toContain(`${c.name},${c.microLoan},${c.dpfFunding},${c.microLoan + c.dpfFunding}`);
    expect((await page.request.get('/api/public/progress?format=csv&table=households')).status()).toBe(400);
    expect((await page.request.get('/api/public/progress?format=csv&table=months&county=220802100')).status()).toBe(404);
  });

  test('/api/public/progress returns the aggregates as JSON, cached for a minute', async ({ request }) => {
    const response = await request.get('/api/public/progress');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect(response.headers()['cache-control']).toBe('public, max-age=60');
    const body = await response.json();
    expect(body.programme).toMatchObject({ name: fixture.programme.name, targetHouseholds: fixture.programme.target, incomeThreshold: 2800 });
    expect(body.year).toBe(fixture.year);
    expect(Date.parse(body.generatedAt)).not.toBeNaN();
    expect(body.counties.map((c: { code: string }) => c.code)).toEqual(counties.map((c) => c.code));
    for (const c of stable) {
      expect(body.counties.find((x: { code: string }) => x.code === c.code)).toEqual({
        code: c.code,
        name: c.name,
        allocation: c.allocation,
        publicised: c.publicised,
        passed: c.passed,
        filed: c.filed,
        paired: c.paired,
        outOfPoverty: c.outOfPoverty,
        fundsYuan: { microLoan: c.microLoan, dpfFunding: c.dpfFunding },
      });
    }
    type Figures = { allocation: number; publicised: number; passed: number; filed: number; paired: number; outOfPoverty: number };
    for (const key of ['allocation', 'publicised', 'passed', 'filed', 'paired', 'outOfPoverty'] as const) {
      expect(body.city[key], key).toBe(body.counties.reduce((n: number, c: Figures) => n + c[key], 0));
    }
    expect(body.city.targetHouseholds).toBe(fixture.programme.target);
    for (const key of ['publicised', 'passed', 'filed'] as const) {
      expect(body.months.reduce((n: number, m: Figures) => n + m[key], 0), key).toBe(body.city[key]);
    }
    for (const m of new Set(months.map((x) => x.month))) expect(body.months.map((x: { month: string }) => x.month)).toContain(m);
    // Nothing about any single household.
    expect(JSON.stringify(body)).not.toMatch(/"(id|householdId|maskedName|villageCode)"/);
  });

  test('works without JavaScript: tables, sentences and downloads; the chart box points to the table', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/progress');
    await expectCountiesTable(page);
    await expectFundsTable(page);
    await expect(page.getByText('下表列出了图中的全部数字。')).toHaveCount(4);
    await expect(page.locator('svg.recharts-surface')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /CSV 文件/ })).toHaveCount(4);
    await context.close();
  });

  test("a county page shows that county's stages, months and funds with charts", async ({ page }) => {
    const county = [...stable].sort((a, b) => b.filed - a.filed)[0]!;
    await page.goto(`/regions/${county.code}`);
    await expect(page.getByRole('heading', { level: 2, name: '帮扶进度' })).toBeVisible();
    const stages = page.getByRole('table', { name: `${county.name}${fixture.year}年度各环节户数（单位：户）` });
    for (const [label, value] of [
      ['年度任务', county.allocation],
      ['已公示', county.publicised],
      ['已通过', county.passed],
      ['已建档', county.filed],
      ['已结对', county.paired],
      ['已脱贫', county.outOfPoverty],
    ] as const) {
      await expect(stages.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').first()).toHaveText(`${value}`);
    }
    const monthsTable = page.getByRole('table', { name: new RegExp(`^${county.name}.*每月公示`) });
    for (const m of months.filter((x) => x.county === county.code)) {
      await expect(monthsTable.getByRole('row', { name: new RegExp(`^${monthLabel(m.month)}`) }).getByRole('cell')).toHaveText(
        [m.publicised, m.passed, m.filed].map(String),
      );
    }
    const funds = page.getByRole('table', { name: new RegExp(`^${county.name}${fixture.year}年度投入的小额贷款和残联资助`) });
    await expect(funds.getByRole('row', { name: new RegExp(`^${county.name}`) }).getByRole('cell')).toHaveText(
      [county.microLoan, county.dpfFunding, county.microLoan + county.dpfFunding].map(yuan),
    );
    await expect(page.getByRole('img', { name: /^图：/ })).toHaveCount(3);
    const csv = await page.request.get(`/api/public/progress?format=csv&table=stages&county=${county.code}`);
    expect((await csv.text()).split('\r\n')).toContain(`已建档,${county.filed},${rate(county.filed, county.allocation)}`);
    // A township page has no charts section.
    await page.goto(`/regions/${fixture.township.code}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(fixture.township.name);
    await expect(page.getByRole('heading', { level: 2, name: '帮扶进度' })).toHaveCount(0);
  });

  test('axe finds no WCAG 2.x A/AA violations on /progress and a county page, charts drawn', async ({ page }) => {
    for (const path of ['/progress', `/regions/${stable[0]!.code}`]) {
      await page.goto(path);
      await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
      await expectNoAxeViolations(page, path);
    }
  });
});
