// Left-out households (应列未列) and the posting record (张贴记录), in the browser, by keyboard alone: a
// villager reports a household from a notice's page (first with a mistake, then right) and keeps
// the reference; the notice it came from can still be closed; an official of the village screens it;
// the public then sees the outcome on the reference page and the village page, without what was
// reported. An official records where the open notice was posted, and the public notice page says so;
// then withdraws the record (撤回, without JavaScript), and the public page no longer lists it.
// axe checks every page on the way.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { MIN_FILL_MS } from '../lib/security/public-form-guard-fields';
import { formatChinaDate } from '../lib/domain/time';
import { expectNoAxeViolations } from './axe';
import { fixture } from './fixture';
import { press, type } from './keyboard';
import { signInAs } from './sign-in';

const who = `五组的聋哑老人（浏览器测试 ${Date.now().toString(36)}）`;
const why = '持二级听力残疾证，一个人住，没有固定收入，愿意在村里做些活。';
const reason = '经入户核实，该户符合帮扶条件，纳入下次公示。';

/** village-a (平安村委会), signed in in a context of its own. */
async function villageOfficial(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  const official = await context.newPage();
  await official.goto('/login');
  await signInAs(official, 'village-a');
  await expect(official).toHaveURL(/\/admin$/);
  return { context, official };
}

/** The form refuses a submission sooner than MIN_FILL_MS after it was rendered (a bot's pace). */
const afterFillTime = (page: Page) => page.waitForTimeout(MIN_FILL_MS + 200);

test('a villager reports a left-out household, the notice still closes, an official screens it and the public sees the outcome', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  // A villager of their own (TRUST_PROXY=1): the per-address limit counts no other spec's submissions.
  const villager = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.41' } });
  const page = await villager.newPage();
  // From the notice that is ready to close (its period is over), to the village's form.
  const noticeId = fixture.villageA.readyToClose;
  await page.goto(`/notices/${noticeId}`);
  await press(page.getByRole('link', { name: /没有列入本名单/ }));
  await expect(page).toHaveURL(new RegExp(`/regions/\\d{12}/left-out\\?notice=${noticeId}$`));
  const village = new URL(page.url()).pathname.split('/')[2]!;
  await expect(page.getByRole('heading', { level: 1 })).toContainText('反映应列未列的家庭');
  await expectNoAxeViolations(page);

  // Sent empty: the summary names each field, the message sits next to it.
  await afterFillTime(page);
  await press(page.getByRole('button', { name: '提交' }));
  const summary = page.getByRole('alert').filter({ hasText: '提交没有成功' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('请写明应当列入的是谁');
  await expect(page.getByLabel('应当列入的是谁')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'left-out form with errors');

  await type(page, page.getByLabel('应当列入的是谁'), who);
  await type(page, page.getByLabel('为什么应当列入'), why);
  await press(page.getByRole('button', { name: '提交' }));
  await expect(page).toHaveURL(/\/left-out\/YL-[0-9A-Z]{4}-[0-9A-Z]{4}\?sent=1$/);
  await expect(page.getByRole('status')).toContainText('已收到您的反映');
  const reference = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByTestId('left-out-status')).toHaveText('待审核');
  await expect(page.locator('body')).not.toContainText(who);
  await expectNoAxeViolations(page, 'left-out reference page');

  // An official of the village: the report does not hold up closing (the close button is there).
  const { context, official } = await villageOfficial(browser, baseURL);
  await official.goto(`/admin/notices/${noticeId}`);
  await expect(official.getByRole('heading', { name: '办结公示' })).toBeVisible();
  await expect(official.locator('main').getByRole('button', { name: '办结公示' })).toBeEnabled();

  // The official screens the report from the list.
  await official.goto('/admin/left-out');
  await press(official.getByRole('link', { name: reference }));
  await expect(official.getByRole('heading', { level: 1 })).toHaveText(`应列未列 ${reference}`);
  await expect(official.locator('main')).toContainText(who);
  await expectNoAxeViolations(official, 'left-out report (official)');
  await press(official.getByRole('button', { name: '保存审核结论' }));
  await expect(official.getByRole('alert').filter({ hasText: '提交没有成功' })).toContainText('请选择审核结论');
  const choice = official.getByRole('radio', { name: '符合条件，纳入下次公示' });
  await choice.focus();
  await official.keyboard.press('Space');
  await expect(choice).toBeChecked();
  await type(official, official.getByLabel('公开的理由'), reason);
  await press(official.getByRole('button', { name: '保存审核结论' }));
  await expect(official).toHaveURL(/\?done=screened$/);
  await expect(official.getByRole('status')).toContainText('已保存审核结论');
  await expectNoAxeViolations(official, 'left-out report screened');
  await context.close();

  // The public: the outcome and its reason, on the reference page and the village page, nothing personal.
  await page.goto(`/left-out/${reference}`);
  await expect(page.getByTestId('left-out-status')).toHaveText('符合条件，下次公示时列入');
  await expect(page.locator('main')).toContainText(reason);
  await page.goto(`/regions/${village}`);
  const row = page.locator('#left-out-heading ~ div table tr', { hasText: reference });
  await expect(row).toContainText(reason);
  await expect(page.locator('body')).not.toContainText(who);
  await expect(page.locator('body')).not.toContainText(why);
  await expectNoAxeViolations(page, 'village page with left-out reports');
  await villager.close();
});

test('the posting record: an official records where the open notice was posted, the public page says so, and a withdrawn record leaves it', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const noticeId = fixture.villageA.openNotice;
  const place = `村委会门前公开栏（测试 ${Date.now().toString(36)}）`;
  const { context, official } = await villageOfficial(browser, baseURL);
  await official.goto(`/admin/notices/${noticeId}`);
  await expect(official.getByRole('heading', { name: '张贴记录' })).toBeVisible();

  // A time in the future is refused next to the date.
  const now = new Date();
  const china = new Date(now.getTime() + 8 * 3600_000);
  const hhmm = (d: Date) => d.toISOString().slice(11, 16);
  await type(official, official.getByLabel('张贴地点'), place);
  // A time control's own widget (12- or 24-hour by the browser's locale): filled with its value.
  await official.getByLabel('张贴时间').fill(hhmm(new Date(china.getTime() + 2 * 3600_000)));
  const save = official.getByRole('button', { name: '保存张贴记录' });
  if (china.getUTCHours() < 22) {
    await press(save);
    await expect(official.getByRole('alert').filter({ hasText: '提交没有成功' })).toContainText('张贴时间不能晚于现在');
    await expectNoAxeViolations(official, 'posting form with errors');
    await type(official, official.getByLabel('张贴地点'), place);
  }
  await official.getByLabel('张贴时间').fill(hhmm(new Date(china.getTime() - 60_000)));
  await press(save);
  await expect(official).toHaveURL(/\?done=posted$/);
  await expect(official.getByRole('status')).toContainText('已保存张贴记录');
  await expect(official.locator('#postings-heading ~ div table')).toContainText(place);
  await expectNoAxeViolations(official, 'notice page with a posting');

  await page.goto(`/notices/${noticeId}`);
  await expect(page.getByTestId('postings')).toContainText(`张贴于${place}（${formatChinaDate(new Date(now.getTime() - 60_000))}）`);
  await page.goto(`/en/notices/${noticeId}`);
  await expect(page.getByTestId('postings')).toContainText(`Posted at ${place} (`);

  // The record was a mistake: its row links to the confirmation page (scanned with JavaScript: axe
  // needs it), where the withdrawal is made without JavaScript, first without a reason.
  await press(official.locator('#postings-heading ~ div table tr', { hasText: place }).getByRole('link', { name: /^撤回/ }));
  await expect(official.getByRole('heading', { level: 1, name: '撤回张贴记录' })).toBeVisible();
  await expect(official.locator('main')).toContainText(place);
  await expectNoAxeViolations(official, 'posting withdrawal page');
  const plain = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await context.storageState() });
  const noScript = await plain.newPage();
  await noScript.goto(official.url());
  await context.close();
  const withdraw = () => noScript.getByRole('button', { name: '撤回这条张贴记录' });
  await press(withdraw());
  await expect(noScript.getByRole('alert').filter({ hasText: '提交没有成功' })).toContainText('请填写撤回原因');
  await type(noScript, noScript.getByLabel('撤回原因'), '地点写错了，实际贴在二组公开栏');
  await press(withdraw());
  await expect(noScript).toHaveURL(new RegExp(`/admin/notices/${noticeId}\\?done=postingWithdrawn$`));
  await expect(noScript.getByRole('status')).toContainText('已撤回张贴记录');
  await expect(noScript.locator('#postings-heading ~ div table tr', { hasText: place })).toContainText('已撤回');
  await expect(noScript.locator('#postings-heading ~ div table tr', { hasText: place })).toContainText('原因：地点写错了，实际贴在二组公开栏');
  await plain.close();

  // The public page no longer says it was posted there, and shows nothing of the withdrawal.
  await page.goto(`/notices/${noticeId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(place);
  await expect(page.locator('main')).not.toContainText('地点写错了');
});
