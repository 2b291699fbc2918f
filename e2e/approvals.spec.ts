// Approval and filing (审批建档) in the browser: one household that passed its notice is carried to
// filed by the five bodies in turn, each signed in as themselves; then its printable registration form
// and the aggregated roster with its download. axe checks the queue, the decision page and the roster.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';
import { completeSecondFactor } from './sign-in';

const PASSWORD = 'gongshi-demo-2026';
const STEPS = [
  ['village', '村党组织审核'],
  ['township_party', '乡镇党委审核'],
  ['township_dpf', '乡镇残联汇总'],
  ['county_dpf', '县残联审核'],
  ['county_org', '县委组织部审批'],
] as const;

async function signIn(page: Page, username: string) {
  // Leave the page first: a request still in flight to /admin would set the session cookie again.
  await page.goto('about:blank');
  await page.context().clearCookies();
  await page.goto('/login');
  await page.locator('#field-username').fill(username);
  await page.locator('#field-password').fill(PASSWORD);
  await page.locator('main').getByRole('button').click();
  await completeSecondFactor(page, username);
  await page.waitForURL(/\/admin/);
}

/** The roster export as the page's form posts it: from this site (Origin), with the session's cookies. */
function exportRoster(page: Page, format: 'xlsx' | 'csv', region: string, headers: Record<string, string> = {}) {
  const origin = new URL(page.url()).origin;
  return page.request.post('/admin/roster/export', { form: { format, region }, headers: { Origin: origin, ...headers } });
}

test('a passed household goes through the five bodies in turn, is filed, printed and on the roster', async ({ page }) => {
  test.setTimeout(240_000);
  const household = fixture.approval;
  expect(household, 'the demo data must have a passed household nobody has decided on').not.toBeNull();
  const { householdId, fullName, approvers } = household!;
  const county = household!.villageCode.slice(0, 6);

  for (const [i, [step, label]] of STEPS.entries()) {
    const username = approvers[step];
    expect(username, `an account decides ${step}`).toBeTruthy();
    await signIn(page, username!);

    // The household waits in this body's own queue.
    await page.goto('/admin/approvals');
    await expect(page.getByRole('heading', { level: 1, name: '审批建档' })).toBeVisible();
    await expect(page.getByText(`您负责的环节：${label}`)).toBeVisible();
    if (i === 0) await expectNoAxeViolations(page, '/admin/approvals');
    await page.getByRole('link', { name: `审核 ${fullName}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/approvals/${householdId}$`));
    await expect(page.getByRole('heading', { level: 2, name: '填写审核意见' })).toBeVisible();

    if (i === 0) {
      await expectNoAxeViolations(page, `/admin/approvals/${householdId}`);
      // Nothing chosen, nothing written: the error summary links to each field.
      await page.getByRole('button', { name: '提交审核意见' }).click();
      await expect(page.getByText('请修改下列标出的内容后再提交。')).toBeVisible();
      await expect(page.getByRole('link', { name: '审核决定：请选择同意或退回' })).toHaveAttribute('href', '#field-decision');
      await expect(page.getByRole('link', { name: '审核意见：请填写审核意见' })).toHaveAttribute('href', '#field-opinion');
      await expectNoAxeViolations(page, `/admin/approvals/${householdId} with errors`);
    }

    await page.getByLabel('同意', { exact: true }).check();
    await page.getByLabel('审核意见', { exact: true }).fill(`${label}：经核实，同意。`);
    await page.getByRole('button', { name: '提交审核意见' }).click();
    await expect(page.getByText(i === STEPS.length - 1 ? '已同意并建档。' : '已记录您的审核意见，这户已转到下一环节。')).toBeVisible();
    await expect(page.getByRole('table', { name: '各环节的审核意见，按时间先后排列' })).toContainText(`${label}：经核实，同意。`);
    // Handed on: no form for this body any more.
    await expect(page.getByRole('button', { name: '提交审核意见' })).toHaveCount(0);
  }
  await expect(page.getByText(/已建档，建档日期/)).toBeVisible();

  // The printable registration form (annex 1) with the four opinions.
  await page.getByRole('link', { name: '打印帮扶对象登记表' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/approvals/${householdId}/print$`));
  await expect(page.getByRole('heading', { level: 1, name: '吉林省农村基层党组织助残扶贫工程帮扶对象登记表' })).toBeVisible();
  const opinions = page.getByRole('table', { name: '审核意见', exact: true });
  for (const [box, label] of [
    ['村党组织审核意见', '村党组织审核'],
    ['乡镇（街道）党委审核意见', '乡镇党委审核'],
    ['县（市、区）残联审核意见', '县残联审核'],
    ['县（市、区）党委组织部审核意见', '县委组织部审批'],
  ] as const) {
    await expect(opinions.getByRole('columnheader', { name: box })).toBeVisible();
    await expect(opinions).toContainText(`${label}：经核实，同意。`);
  }
  await expect(opinions).not.toContainText('乡镇残联汇总：');
  await expect(page.getByRole('table', { name: '帮扶对象基本情况' }).getByRole('rowheader', { name: '残疾证号' })).toBeVisible();
  await expect(page.getByText('此表一式两份，分别由县（市、区）残联和乡镇（街道）残联建档保存。')).toBeVisible();
  // On paper, only the form: the navigation and the print button are gone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '工作台导航' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: '吉林省农村基层党组织助残扶贫工程帮扶对象登记表' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // 查看记录: a county official sees who read the household's private data, down to their own print.
  await page.goto(`/admin/households/${householdId}`);
  const reads = page.getByRole('table', { name: '该家庭不公开信息的查看记录' });
  await expect(reads.getByRole('row').filter({ hasText: '登记表（打印）' }).first()).toContainText('县委组织部');

  // The county's aggregated roster lists the newly filed household (county_org is still signed in).
  await page.goto(`/admin/roster?region=${county}`);
  await expect(page.getByRole('heading', { level: 1, name: '汇总名册' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: fullName })).toBeVisible();
  await expectNoAxeViolations(page, `/admin/roster?region=${county}`);

  // The download, enhanced: fetched as a stream, progress in a live region, then saved.
  await page.evaluate(() => {
    const status = document.querySelector('#download-heading ~ form [role="status"]')!;
    const seen: string[] = [];
    (window as unknown as { rosterStatuses: string[] }).rosterStatuses = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 CSV 文件（.csv）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/帮扶对象汇总名册-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(fullName);
  await expect(page.getByText(/已生成并保存/)).toBeVisible();
  const statuses = await page.evaluate(() => (window as unknown as { rosterStatuses: string[] }).rosterStatuses);
  expect(statuses).toContain('正在生成…');
  expect(statuses).toContain('正在生成… 100%');

  // Without JavaScript the same form posts and the browser saves the attachment, staying on the page.
  const plain = await page.context().browser()!.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await plain.newPage();
  await noScript.goto(`/admin/roster?region=${county}`);
  const plainDownload = noScript.waitForEvent('download');
  await noScript.getByRole('button', { name: '下载 Excel 文件（.xlsx）' }).click();
  expect((await plainDownload).suggestedFilename()).toMatch(/帮扶对象汇总名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(noScript.getByRole('heading', { level: 1, name: '汇总名册' })).toBeVisible();
  await plain.close();

  // The file itself: only by POST from this site, only inside the official's region.
  const xlsx = await exportRoster(page, 'xlsx', county);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  // The size the page's progress counts against (Next drops Content-Length from route handlers).
  expect(Number(xlsx.headers()['x-file-size'])).toBe((await xlsx.body()).byteLength);
  const csvFile = await exportRoster(page, 'csv', county, { 'Accept-Encoding': 'gzip' });
  expect(csvFile.headers()['content-encoding']).toBeUndefined();
  expect(Number(csvFile.headers()['x-file-size'])).toBe((await csvFile.body()).byteLength);
  expect((await exportRoster(page, 'csv', '220821')).status()).toBe(403);
  // Never by GET (a link, a prefetch, an <img> elsewhere), never from another site's form.
  expect((await page.request.get(`/admin/roster/export?format=csv&region=${county}`)).status()).toBe(405);
  expect((await exportRoster(page, 'csv', county, { Origin: 'https://evil.example' })).status()).toBe(403);
  expect((await page.request.post('/admin/roster/export', { form: { format: 'csv', region: county } })).status()).toBe(403);
});

test('the roster refuses what lies outside the official’s region, and roles without it', async ({ page }) => {
  await signIn(page, 'township-dpf');
  await page.goto('/admin/roster?region=220821');
  await expect(page.getByText('这个地区不在您负责的范围内，或不是县（市、区）、乡镇。')).toBeVisible();
  expect((await exportRoster(page, 'xlsx', '220821')).status()).toBe(403);
  expect((await exportRoster(page, 'csv', '220802100201')).status()).toBe(404);
  await signIn(page, 'village-a');
  await page.goto('/admin/roster');
  await expect(page.getByText('您的岗位不能查看或下载汇总名册。')).toBeVisible();
  expect((await exportRoster(page, 'csv', '220802100')).status()).toBe(403);
});
