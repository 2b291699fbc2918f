// The notice lifecycle in the browser, by the demo accounts of the README: village-a registers a
// household, drafts and publishes a notice, records and resolves an objection, closes the notice
// whose period ended (seeded with past dates); the public pages show each step; village-b is refused.
import { expect, test, type Page } from '@playwright/test';
import { chinaDateString, makeResidentId, maskName } from '../lib/domain';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';
import { completeSecondFactor } from './sign-in';

const PASSWORD = 'gongshi-demo-2026';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.locator('main').getByRole('button', { name: '登录' }).click();
  await completeSecondFactor(page, username);
  await expect(page).toHaveURL(/\/admin$/);
}

test.describe.configure({ mode: 'serial' });

test('an unsigned visitor is sent to the login page and back; a wrong password gets a clear message', async ({ page }) => {
  await page.goto('/admin/notices');
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel('用户名').fill('village-a');
  await page.getByLabel('密码').fill('wrong password');
  await page.locator('main').getByRole('button', { name: '登录' }).click();
  await expect(page.locator('main').getByText('用户名或密码不正确。').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.locator('main').getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin\/notices$/);
});

test('village-a: register, draft, publish, object, resolve, close — and the public sees each step', async ({ page }) => {
  const name = '范晓梅';
  const masked = maskName(name);
  await signIn(page, 'village-a');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // Register: first a refused form (wrong checksum), then the right one.
  await page.goto('/admin/households/new');
  const year = Number(chinaDateString(new Date()).slice(0, 4));
  const id = makeResidentId('220802', `${year - 38}0101`, 124); // even sequence: female, 38 today
  // The person's fields are in their own group: each member row has a 姓名, 性别 and 年龄 of its own.
  const person = page.getByRole('group', { name: '残疾人本人' });
  const fill = async (certificate: string) => {
    await person.getByLabel('姓名', { exact: true }).fill(name);
    await person.getByLabel('性别').selectOption('F');
    await person.getByLabel('年龄（周岁）').fill('38');
    await person.getByLabel('残疾证号', { exact: true }).fill(certificate);
    await person.getByLabel('残疾类别').selectOption('4');
    await person.getByLabel('残疾等级').selectOption('3');
    // The members (issue 10): the registrant cannot work; her husband can and wants to.
    await page.getByRole('group', { name: '第1位：申请人（本人）' }).getByLabel('劳动能力').selectOption('none');
    const husband = page.getByRole('group', { name: '第2位成员' });
    await husband.getByLabel('姓名').fill('范立军');
    await husband.getByLabel('与申请人关系').selectOption('spouse');
    await husband.getByLabel('身份证号码').fill(makeResidentId('220802', `${year - 40}0101`, 125)); // odd: male, 40 today
    await husband.getByLabel('性别').selectOption('M');
    await husband.getByLabel('年龄（周岁）').fill('40');
    await husband.getByLabel('劳动能力').selectOption('full');
    await husband.getByLabel('就业意愿').selectOption('yes');
    await page.getByLabel('家庭年人均纯收入（元）').fill('1650');
    await page.getByLabel('家庭住址').fill('洮北区平安镇平安村二组8号');
  };
  const wrongChecksum = `${id.slice(0, 17)}${id[17] === '1' ? '2' : '1'}43`;
  await fill(wrongChecksum);
  await page.locator('main').getByRole('button', { name: '登记', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: '提交没有成功' });
  await expect(summary).toContainText('校验位');
  await expectNoAxeViolations(page);
  await person.getByLabel('残疾证号', { exact: true }).fill(`${id}43`);
  await page.locator('main').getByRole('button', { name: '登记', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/households\/\d+/);
  await expect(page.locator('main')).toContainText(name);

  // Draft a notice for 平安村委会 with the new household, preview it, publish it.
  await page.goto('/admin/notices/new');
  await page.getByRole('checkbox', { name: new RegExp(name) }).check();
  // The 村民代表评议 is recorded (issue 10 item 9): its own line of the facts in the preview, on the
  // public page in both languages and on the printable notice.
  const today = chinaDateString(new Date());
  const [ry, rm, rd] = today.split('-').map(Number);
  const reviewLine = `${ry}年${rm}月${rd}日，15 名村民代表参加`;
  await page.getByLabel('村民代表评议日期').fill(today);
  await page.getByLabel('参加评议的村民代表人数').fill('15');
  await page.locator('main').getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/\/admin\/notices\/\d+/);
  const noticeId = Number(page.url().match(/notices\/(\d+)/)![1]);
  await expect(page.getByRole('heading', { name: '草稿预览' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: masked })).toBeVisible();
  await expect(page.getByTestId('review')).toHaveText(reviewLine);
  await expectNoAxeViolations(page);
  expect((await page.request.get(`/notices/${noticeId}`)).status()).toBe(404); // a draft is not public
  await page.getByRole('button', { name: '发布公示' }).click();
  await expect(page.getByText('公示已发布，公示期从今天开始。')).toBeVisible();

  const publicPage = await page.context().newPage();
  await publicPage.goto(`/notices/${noticeId}`);
  await expect(publicPage.getByText(/公示中 · 还剩 7 天/)).toBeVisible();
  await expect(publicPage.getByRole('rowheader', { name: masked })).toBeVisible();
  expect(await publicPage.content()).not.toContain(name);
  await expect(publicPage.getByTestId('review')).toHaveText(reviewLine);
  const reviewPage = await page.context().newPage();
  await reviewPage.goto(`/en/notices/${noticeId}`);
  await expect(reviewPage.getByRole('term').filter({ hasText: 'Reviewed by villagers’ representatives' })).toBeVisible();
  await expect(reviewPage.getByTestId('review')).toHaveText(/^\d{1,2} \w+ \d{4}, 15 representatives took part$/);
  await reviewPage.goto(`/notices/${noticeId}/print`);
  await expect(reviewPage.getByTestId('review')).toHaveText(reviewLine);
  await reviewPage.close();

  // Record an objection about the household, then resolve it.
  await page.getByRole('link', { name: '登记异议' }).first().click();
  await page.getByLabel('电话').check();
  await page.getByLabel(new RegExp(`1号 ${masked.replace('*', '\\*')}`)).check();
  await page.getByLabel('异议内容').fill('村民来电反映该户家中有人在外务工，收入可能偏高。');
  await page.getByLabel('反映人姓名').fill('赵大山');
  await expectNoAxeViolations(page);
  await page.locator('main').getByRole('button', { name: '登记异议' }).click();
  await expect(page.getByText('异议已登记。')).toBeVisible();
  await publicPage.reload();
  await expect(publicPage.getByRole('heading', { name: '异议（共 1 件）' })).toBeVisible();
  await expect(publicPage.getByText('已登记，待核实')).toBeVisible();
  expect(await publicPage.content()).not.toContain('赵大山');

  await page.getByRole('link', { name: '核实处理' }).first().click();
  await page.getByLabel('异议不成立').check();
  await page.getByLabel('处理理由').fill('经入户核实，务工收入已计入家庭收入，年人均纯收入低于标准。');
  await page.locator('main').getByRole('button', { name: '保存核实结论' }).click();
  await expect(page.getByText('异议处理结果已保存，并在公示页面公开。')).toBeVisible();
  await publicPage.reload();
  await expect(publicPage.getByText('经入户核实，务工收入已计入家庭收入，年人均纯收入低于标准。')).toBeVisible();
  await expect(publicPage.getByText('异议不成立').first()).toBeVisible();

  // Close the seeded notice whose period has ended.
  const ended = fixture.villageA.readyToClose;
  await page.goto(`/admin/notices/${ended}`);
  await page.locator('main').getByRole('button', { name: '办结公示' }).click();
  await expect(page.getByText('公示已办结，结果已公布。')).toBeVisible();
  await publicPage.goto(`/notices/${ended}`);
  await expect(publicPage.getByRole('columnheader', { name: '公示结果' })).toBeVisible();
  await expect(publicPage.getByRole('cell', { name: '未通过' })).toHaveCount(1);
  await expect(publicPage.getByText(/公示已于 .* 结束/)).toBeVisible();
  await expect(publicPage.getByRole('heading', { name: '公示记录' })).toBeVisible();
});

test('village-b cannot see or change village-a’s notices and households', async ({ page }) => {
  await signIn(page, 'village-b');
  const notice = await page.goto(`/admin/notices/${fixture.villageA.openNotice}`);
  expect(notice?.status()).toBe(404);
  const household = await page.goto(`/admin/households/${fixture.villageA.registeredHousehold}`);
  expect(household?.status()).toBe(404);
  await page.goto('/admin/households');
  await expect(page.locator('main')).not.toContainText('平安村委会');
  await expectNoAxeViolations(page);
});
