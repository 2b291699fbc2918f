// The allocation plan and the annual summaries in the browser: the city changes a county's target and
// the public home page shows it; a county official saves and submits the year's summary; the city sees
// its status; the pages pass axe.
import { expect, test, type Page } from '@playwright/test';
import { summaryStatus } from '../lib/domain/summary';
import { zh } from '../lib/i18n/zh';
import { zhAdmin } from '../lib/i18n/zh-admin';
import { zhAdminPlan } from '../lib/i18n/zh-admin-plan';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';
import { completeSecondFactor } from './sign-in';

const PASSWORD = 'gongshi-demo-2026';
const p = zhAdminPlan.plan;
const s = zhAdminPlan.summary;

async function signIn(page: Page, username: string, returnTo: string) {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(zhAdmin.login.username).fill(username);
  await page.getByLabel(zhAdmin.login.password).fill(PASSWORD);
  await page.getByRole('button', { name: zhAdmin.login.submit, exact: true }).click();
  await completeSecondFactor(page, username);
  await page.waitForURL((url) => url.pathname === returnTo.split('?')[0]);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: zhAdmin.nav.signOut }).click();
  await page.waitForURL(/\/login/);
}

async function setTarget(page: Page, label: string, value: number) {
  await page.goto('/admin/plan');
  await page.getByLabel(label, { exact: true }).fill(String(value));
  await page.getByRole('button', { name: p.save }).click();
  // "Saved" or, when restoring after a failed change, "nothing to save"
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^(${p.saved(1, false)}|${p.saved(0, false)})$`));
}

test('the city changes a county target and the public home page shows it', async ({ page }) => {
  const county = fixture.counties[0]!;
  const label = p.cellLabel(county.name, fixture.year);
  const changed = county.allocation + 7;
  await signIn(page, 'city', '/admin/plan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.title);
  await expectNoAxeViolations(page);
  await expect(page.getByLabel(label, { exact: true })).toHaveValue(String(county.allocation));
  // The demo plan adds up to the programme's target (5 years × 110 = 550): no warning until it does not.
  await expect(page.getByText(/^注意：各县各年度任务合计/)).toHaveCount(0);
  try {
    await setTarget(page, label, changed);
    await expect(page.getByRole('status')).toHaveText(p.saved(1, false));
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(String(changed));
    await expect(page.getByText(p.mismatch(550 + 7, 550))).toBeVisible();
    await page.goto('/');
    const row = page.getByRole('table', { name: zh.home.countiesCaption(fixture.year) }).getByRole('row', { name: new RegExp(county.name) });
    await expect(row.getByRole('cell').first()).toHaveText(String(changed));
  } finally {
    // Other browser tests compare the home page with the seeded plan: put it back at once.
    await setTarget(page, label, county.allocation);
  }
});

test('a bad cell refuses the save and the error summary links to it', async ({ page }) => {
  const county = fixture.counties[1]!;
  const label = p.cellLabel(county.name, fixture.year);
  await signIn(page, 'city', '/admin/plan');
  await page.getByLabel(label, { exact: true }).fill('-1');
  await page.getByRole('button', { name: p.save }).click();
  const summary = page.getByRole('alert').filter({ hasText: zhAdmin.errors.summaryTitle });
  await expect(summary).toBeVisible();
  await summary.getByRole('link', { name: new RegExp(label) }).click();
  await expect(page.getByLabel(label, { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a county official saves and submits the year summary; the city sees its status', async ({ page }) => {
  const year = fixture.year;
  // The demo data may already hold some counties' reports: take a county whose report is not yet
  // submitted (the city's list puts the overdue ones first).
  await signIn(page, 'city', `/admin/summaries?year=${year}`);
  await expectNoAxeViolations(page);
  const table = page.getByRole('table', { name: zhAdminPlan.summaries.cityCaption(year) });
  const unsubmitted = (['late', 'not_started', 'draft'] as const).map((k) => zhAdminPlan.summaries.statuses[k]);
  const open = table.getByRole('row').filter({ hasText: new RegExp(unsubmitted.join('|')) }).first();
  const href = (await open.getByRole('link').getAttribute('href'))!;
  const countyCode = /\/admin\/summaries\/(\d{6})\//.exec(href)![1]!;
  const county = fixture.counties.find((c) => c.code === countyCode)!;
  await signOut(page);

  // The demo accounts: county-dpf for 洮北区, county-dpf-<code> for the other counties.
  const username = countyCode === '220802' ? 'county-dpf' : `county-dpf-${countyCode}`;
  const path = `/admin/summaries/${countyCode}/${year}`;
  await signIn(page, username, path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title(county.name, year));
  await expect(page.getByRole('table', { name: s.figuresCaption(county.name, year) })).toContainText(s.householdsHelped);

  await page.getByLabel(s.summary).fill('先写一部分');
  await page.getByRole('button', { name: s.saveDraft }).click();
  await expect(page.getByRole('status')).toHaveText(s.draftSaved);
  await expectNoAxeViolations(page);

  // Submitting asks for the full summary and the confirmation
  await page.getByRole('button', { name: s.submit }).click();
  const errors = page.getByRole('alert').filter({ hasText: zhAdmin.errors.summaryTitle });
  await expect(errors).toContainText(s.errors.summaryTooShort(50));
  await expect(errors).toContainText(s.errors.confirmRequired);

  const text = `${year}年本县对审批建档的帮扶对象全部落实了党员干部结对帮扶，帮助每户选定增收项目，发放小额贷款和残联资助，组织技术培训。下一步继续定期回访，核实收入，巩固帮扶成果。`;
  await page.getByLabel(s.summary).fill(text);
  await page.getByLabel(s.confirm).check();
  await page.getByRole('button', { name: s.submit }).click();
  await page.waitForURL((url) => url.pathname === path && url.searchParams.get('submitted') === '1');
  await expect(page.getByText(s.justSubmitted)).toBeVisible();
  await expect(page.getByText(s.submittedReadOnly)).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  const submittedAt = new Date();
  await signOut(page);

  await signIn(page, 'city', `/admin/summaries?year=${year}`);
  const expected = zhAdminPlan.summaries.statuses[summaryStatus({ status: 'submitted', submittedAt }, year, submittedAt)];
  const row = page.getByRole('table', { name: zhAdminPlan.summaries.cityCaption(year) }).getByRole('row', { name: new RegExp(county.name) });
  await expect(row).toContainText(expected);
});
