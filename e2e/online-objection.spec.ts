// Objections lodged online (issue 9 item 4), in the browser, by keyboard alone: a villager objects on
// the open notice (first with a mistake, then right) and keeps the reference and the tracking code; a
// wrong code shows nothing; an official of the village accepts the objection and resolves it; the
// villager then reads the outcome with its reason. A second villager reaches the limit per address and
// is told so. axe checks every page on the way.
import { expect, test, type Page } from '@playwright/test';
import { MIN_FILL_MS } from '../lib/security/public-form-guard-fields';
import { expectNoAxeViolations } from './axe';
import { fixture } from './fixture';
import { press, type } from './keyboard';
import { signInAs } from './sign-in';

const summary = `这户家里开着小卖部，收入不止公示的数（浏览器测试 ${Date.now().toString(36)}）`;
const reason = '经入户核实，小卖部去年已经关闭，该户收入属实，异议不成立。';

/** The form refuses a submission sooner than MIN_FILL_MS after it was rendered (a bot's pace). */
const afterFillTime = (page: Page) => page.waitForTimeout(MIN_FILL_MS + 200);

async function chooseWholeNotice(page: Page) {
  const choice = page.getByRole('radio', { name: /整份公示/ });
  await choice.focus();
  await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
}

test('a villager objects online, keeps the reference, an official accepts and resolves it, the villager reads the outcome', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const villager = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.21' } });
  const page = await villager.newPage();
  const noticeId = fixture.villageA.openNotice;
  await page.goto(`/notices/${noticeId}`);
  await press(page.getByRole('link', { name: '网上提出异议' }));
  await expect(page).toHaveURL(new RegExp(`/notices/${noticeId}/objection$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('网上提出异议');
  await expectNoAxeViolations(page, 'objection form');

  // Sent without saying what is wrong: the summary names each field, the message sits next to it.
  await afterFillTime(page);
  await press(page.getByRole('button', { name: '提交异议' }));
  const errors = page.getByRole('alert').filter({ hasText: '提交没有成功' });
  await expect(errors).toBeFocused();
  await expect(errors).toContainText('请选择异议涉及名单中的哪一户');
  await expect(errors).toContainText('请写明哪里有问题');
  await expect(page.getByLabel('哪里有问题')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'objection form with errors');

  await chooseWholeNotice(page);
  await type(page, page.getByLabel('哪里有问题'), summary);
  await press(page.getByRole('button', { name: '提交异议' }));
  await expect(page.getByRole('heading', { name: '已收到您的异议' })).toBeVisible();
  const reference = (await page.getByTestId('reference').innerText()).trim();
  const code = (await page.getByTestId('tracking-code').innerText()).trim();
  expect(reference).toMatch(/^YY-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  expect(page.url()).not.toContain(code);
  await expectNoAxeViolations(page, 'objection receipt');

  // The tracking page asks for the code; a wrong one shows nothing.
  await press(page.getByRole('link', { name: '查看处理情况' }));
  await expect(page).toHaveURL(new RegExp(`/objections/${reference}$`));
  const wrong = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
  await type(page, page.getByLabel('查询码'), wrong);
  await press(page.getByRole('button', { name: '查看' }));
  await expect(page.getByRole('alert').filter({ hasText: '提交没有成功' })).toContainText('编号和查询码不相符');
  await expect(page.getByTestId('objection-status')).toHaveCount(0);
  await expectNoAxeViolations(page, 'tracking page, wrong code');
  await type(page, page.getByLabel('查询码'), code.toLowerCase());
  await press(page.getByRole('button', { name: '查看' }));
  await expect(page.getByTestId('objection-status')).toHaveText('已收到，等待村或乡镇受理');
  expect(page.url()).not.toContain(code);
  await expect(page.locator('body')).not.toContainText(summary);
  await expectNoAxeViolations(page, 'tracking page, submitted');

  // Not yet an objection: the public notice page does not show the villager's text.
  await page.goto(`/notices/${noticeId}`);
  await expect(page.locator('body')).not.toContainText(summary);

  // An official of the village accepts it from the notice page, then resolves it.
  const officials = await browser.newContext({ baseURL });
  const official = await officials.newPage();
  await official.goto('/login');
  await signInAs(official, 'village-a');
  // Signed in once the form has taken us on: a navigation started before that would cancel the sign-in.
  await expect(official).toHaveURL(/\/admin$/);
  await official.goto(`/admin/notices/${noticeId}`);
  await press(official.getByRole('link', { name: `受理或退回 ${reference}` }));
  await expect(official.getByRole('heading', { level: 1 })).toHaveText(`网上异议 ${reference}`);
  await expect(official.locator('main')).toContainText(summary);
  await expectNoAxeViolations(official, 'online objection triage');
  await press(official.locator('main').getByRole('button', { name: '受理', exact: true }));
  await expect(official).toHaveURL(new RegExp(`/admin/notices/${noticeId}/objections/\\d+\\?done=accepted$`));
  await expect(official.locator('main')).toContainText('网上');
  const outcome = official.getByRole('radio', { name: '异议不成立' });
  await outcome.focus();
  await official.keyboard.press('Space');
  await type(official, official.getByLabel('处理理由'), reason);
  await press(official.getByRole('button', { name: '保存核实结论' }));
  await expect(official).toHaveURL(new RegExp(`/admin/notices/${noticeId}\\?done=resolved$`));
  await officials.close();

  // The villager reads the outcome with its reason.
  await page.goto(`/objections/${reference}`);
  await type(page, page.getByLabel('查询码'), code);
  await press(page.getByRole('button', { name: '查看' }));
  await expect(page.getByTestId('objection-status')).toHaveText('异议不成立');
  await expect(page.getByTestId('objection-reason')).toHaveText(reason);
  await expectNoAxeViolations(page, 'tracking page, resolved');
  await villager.close();
});

test('the limit per client address is reached with a clear message, and nothing more is stored', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const villager = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.22' } });
  const page = await villager.newPage();
  const noticeId = fixture.villageA.openNotice;
  const send = async (i: number) => {
    await page.goto(`/notices/${noticeId}/objection`);
    await chooseWholeNotice(page);
    await type(page, page.getByLabel('哪里有问题'), `第 ${i} 次反映：名单有误（浏览器测试）`);
    await afterFillTime(page);
    await press(page.getByRole('button', { name: '提交异议' }));
  };
  for (let i = 1; i <= 5; i++) {
    await send(i);
    await expect(page.getByRole('heading', { name: '已收到您的异议' })).toBeVisible();
  }
  await send(6);
  const limited = page.getByRole('alert').filter({ hasText: '提交没有成功' });
  await expect(limited).toContainText('最近提交的次数已达上限');
  await expect(page.getByLabel('哪里有问题')).toHaveValue('第 6 次反映：名单有误（浏览器测试）');
  await expectNoAxeViolations(page, 'objection form, limit reached');
  await villager.close();
});

test('after the period the form says when it ended and takes nothing', async ({ page }) => {
  const ended = fixture.notices.ended;
  await page.goto(`/notices/${ended.id}/objection`);
  await expect(page.getByRole('heading', { name: '本公示不再接收网上异议' })).toBeVisible();
  await expect(page.locator('main')).toContainText(/公示期已于 .+ 结束/);
  await expect(page.getByRole('button', { name: '提交异议' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'objection form, period ended');
});
