// Household members in the browser, without JavaScript (Server Actions with plain forms): village-a
// adds a member to a registered household; a sex that disagrees with the ID is refused next to the
// field; the saved member raises the household size; removing the member brings it back. Registration
// takes the members themselves (issue 10): more rows on request, a refused row, the screening offer.
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

/** The registrant of the registration tests: a man of 50, with no member yet able and willing to work. */
async function fillRegistrant(page: Page) {
  const year = Number(chinaDateString(new Date()).slice(0, 4));
  const person = page.getByRole('group', { name: '残疾人本人' });
  await person.getByLabel('姓名', { exact: true }).fill('测试登记');
  await person.getByLabel('性别').selectOption('M');
  await person.getByLabel('年龄（周岁）').fill('50');
  await person.getByLabel('残疾证号', { exact: true }).fill(`${makeResidentId('110109', `${year - 50}0101`, 135)}43`); // odd: male, 50 today
  await person.getByLabel('残疾类别').selectOption('4');
  await person.getByLabel('残疾等级').selectOption('3');
  await page.getByLabel('家庭年人均纯收入（元）').fill('1500');
  await page.getByLabel('家庭住址').fill('洮北区平安镇平安村一组3号');
  return year;
}

// The scans run with JavaScript: axe settles each rule on a timer, which a page without JavaScript
// never runs on a page this large (the scan hung). The refused form is the same markup either way.
test('the registration form with its member rows, blank and refused, passes the accessibility scan', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/households/new');
  await expect(page.getByRole('group', { name: '第6位成员' })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillRegistrant(page);
  await page.locator('main').getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.locator('[id="error-m1.labourCapacity"]')).toContainText('没有人有劳动能力');
  await expect(page.getByRole('button', { name: '记录为筛查未通过' })).toBeVisible();
  await expectNoAxeViolations(page, 'registration refused, with the screening offer');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
test('village-a registers a household with its members, without JavaScript', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/households/new');
  const year = await fillRegistrant(page);
  const main = page.locator('main');
  const wife = page.getByRole('group', { name: '第2位成员' });
  await wife.getByLabel('姓名').fill('测试妻子');
  await wife.getByLabel('与申请人关系').selectOption('spouse');
  await wife.getByLabel('身份证号码').fill(makeResidentId('110109', `${year - 48}0101`, 136)); // even: female, 48
  await wife.getByLabel('性别').selectOption('M');
  await wife.getByLabel('年龄（周岁）').fill('48');

  // Five blank rows at first; more on request, with what was typed kept. The photo cannot be kept (a
  // browser does not refill a file input): the form says so next to it, naming the file.
  await expect(page.getByRole('group', { name: '第7位成员' })).toHaveCount(0);
  await page.locator('#field-photo').setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: Buffer.from('not read on this round trip') });
  await main.getByRole('button', { name: '增加5行成员' }).click();
  await expect(main.getByRole('status')).toContainText('现在可填写10位家庭成员');
  await expect(page.getByRole('group', { name: '第11位成员' })).toBeVisible();
  await expect(wife.getByLabel('姓名')).toHaveValue('测试妻子');
  await expect(page.locator('#error-photo')).toContainText('请重新选择照片：刚才选择的“IMG_0001.png”没有随表格保留');

  // A sex that disagrees with the ID is refused next to the row's field.
  await main.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.locator('[id="error-m2.sex"]')).toContainText('身份证号码第17位表示“女”');
  await wife.getByLabel('性别').selectOption('F');
  // Nobody able and willing to work: not registered, said next to the registrant's labour, with the offer.
  await main.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.locator('[id="error-m1.labourCapacity"]')).toContainText('没有人有劳动能力');
  await expect(main.getByRole('button', { name: '记录为筛查未通过' })).toBeVisible();

  await wife.getByLabel('劳动能力').selectOption('partial');
  await wife.getByLabel('就业意愿').selectOption('yes');
  await main.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/households\/\d+\?saved=registered/);
  const id = page.url().match(/households\/(\d+)/)![1];
  await page.goto(`/admin/households/${id}/members`);
  await expect(page.locator('caption')).toContainText('（2人，残疾1人）');
  await expect(page.locator('tbody')).toContainText('测试妻子');
});

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
