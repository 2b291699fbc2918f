// Household members in the browser, without JavaScript (Server Actions with plain forms): village-a
// adds a member to a registered household; a sex that disagrees with the ID is refused next to the
// field; the saved member raises the household size; removing the member brings it back.
import { expect, test, type Page } from '@playwright/test';
import { chinaDateString, makeResidentId } from '../lib/domain';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';
import { completeSecondFactor } from './sign-in';

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('village-a');
  await page.getByLabel('密码').fill('gongshi-demo-2026');
  await page.locator('main').getByRole('button', { name: '登录' }).click();
  await completeSecondFactor(page, 'village-a');
  await expect(page).toHaveURL(/\/admin$/);
}

test('the members page and its form pass the accessibility scan', async ({ page }) => {
  await signIn(page);
  await page.goto(`/admin/households/${fixture.villageA.registeredHousehold}/members?add=1`);
  await expect(page.getByRole('button', { name: '保存成员' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
test('village-a adds, corrects and removes a member of a household, without JavaScript', async ({ page }) => {
  const id = fixture.villageA.registeredHousehold;
  await signIn(page);
  await page.goto(`/admin/households/${id}/members`);
  const caption = page.locator('caption');
  const before = Number((await caption.textContent())?.match(/（(\d+)人/)?.[1]);
  expect(before).toBeGreaterThan(0);

  await page.getByRole('link', { name: '添加成员' }).click();
  const year = Number(chinaDateString(new Date()).slice(0, 4));
  const idNumber = makeResidentId('110108', `${year - 12}0101`, 246); // even: female, 12 today
  await page.getByLabel('姓名').fill('测试成员');
  await page.getByLabel('与申请人关系').selectOption('child');
  await page.getByLabel('身份证号码').fill(idNumber);
  await page.getByLabel('性别').selectOption('M');
  await page.getByLabel('年龄（周岁）').fill('12');
  await page.getByRole('button', { name: '保存成员' }).click();
  await expect(page.locator('#error-sex')).toContainText('身份证号码第17位表示“女”');

  await page.getByLabel('性别').selectOption('F');
  await page.getByRole('button', { name: '保存成员' }).click();
  await expect(page.getByRole('status')).toContainText('成员已保存');
  await expect(caption).toContainText(`（${before + 1}人`);
  await expect(page.locator('tbody')).toContainText('测试成员');

  await page.getByRole('row', { name: /测试成员/ }).getByRole('link').click();
  await page.getByRole('button', { name: '删除该成员' }).click();
  await expect(page.getByRole('status')).toContainText('成员已删除');
  await expect(caption).toContainText(`（${before}人`);
});
});
