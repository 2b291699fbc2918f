// The duties (issue 10 item 5) in the browser, by keyboard: the county DPF of 洮北区 records an inspection
// of 平安镇 with a required fix (first refused for a missing due date, the summary links to the field),
// records the fix done on the inspection's page, sees the demo's overdue fix on its dashboard, and opens
// and prints the county's work file with the inspection in it. axe checks every page on the way.
import { expect, test } from '@playwright/test';
import { chinaDateString } from '../lib/domain/time';
import { zhAdmin } from '../lib/i18n/zh-admin';
import { zhAdminDashboard } from '../lib/i18n/zh-admin-dashboard';
import { zhAdminDuties } from '../lib/i18n/zh-admin-duties';
import { zhAdminHelp } from '../lib/i18n/zh-admin-help';
import { zhAdminOnlineObjections } from '../lib/i18n/zh-admin-online-objections';
import { expectNoAxeViolations } from './axe';
import { press, type } from './keyboard';
import { signInAs } from './sign-in';

const t = zhAdminDuties;
const findings = `浏览器测试：平安镇回访台账不全（${Date.now().toString(36)}）`;
const requirement = `补齐平安镇回访台账（${Date.now().toString(36)}）`;

test('a county records an inspection with a fix, records the fix done, sees overdue fixes and prints its work file', async ({ page }) => {
  const today = chinaDateString(new Date());
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/duties')}`);
  await signInAs(page, 'county-dpf');
  await page.waitForURL('**/admin/duties');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.hub.title);
  await expectNoAxeViolations(page, 'duties hub');

  // The inspection form: a fix without its due date is refused, and the summary's link lands on the field.
  await press(page.getByRole('link', { name: t.hub.inspections, exact: true }));
  await page.waitForURL('**/admin/duties/inspections');
  await expectNoAxeViolations(page, 'inspections');
  const region = page.getByLabel(t.fields.regionCode);
  await region.focus();
  await region.selectOption({ label: '洮北区 平安镇' });
  await expect(page.getByLabel(t.fields.inspectedOn)).toHaveValue(today);
  await type(page, page.getByLabel(t.fields.findings), findings);
  await type(page, page.locator('#field-requirement1'), requirement); // labelled 整改要求1（选填）
  await press(page.getByRole('button', { name: t.inspections.submit }));
  const summary = page.getByRole('alert').filter({ hasText: zhAdmin.errors.summaryTitle });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(t.errors.fixMissingDue);
  await expectNoAxeViolations(page, 'inspection form with errors');
  await press(summary.getByRole('link', { name: `${t.fixSlotDue(1)}：${t.errors.fixMissingDue}` }));
  const due = page.getByLabel(t.fixSlotDue(1));
  await expect(due).toBeFocused();
  await expect(page.getByLabel(t.fields.findings)).toHaveValue(findings);
  await due.fill(today);
  await press(page.getByRole('button', { name: t.inspections.submit }));
  await page.waitForURL(/\/admin\/duties\/inspections\/\d+\?saved=inspection$/);
  const inspectionPath = new URL(page.url()).pathname;
  await expect(page.getByRole('status')).toHaveText(t.success.inspection);
  const fixes = page.getByRole('table', { name: t.inspections.fixesCaption });
  await expect(fixes.getByRole('row', { name: new RegExp(requirement) })).toContainText(t.fixStates.open);
  await expectNoAxeViolations(page, 'inspection');

  // The fix done: its own form, opened from the row, then the row says so.
  // (the link's name is 记录整改完成 and the requirement, read out after it)
  await press(fixes.getByRole('row', { name: new RegExp(requirement) }).getByRole('link', { name: new RegExp(`^${t.inspections.resolve}`) }));
  await expect(page.getByRole('heading', { name: `${t.inspections.resolve}：${requirement}` })).toBeVisible();
  await expect(page.getByLabel(t.fields.fixedOn)).toHaveValue(today);
  await type(page, page.getByLabel(t.fields.fixNote), '已补齐并建立台账');
  await expectNoAxeViolations(page, 'resolving a fix');
  await press(page.getByRole('button', { name: t.inspections.resolveSubmit }));
  await page.waitForURL(`**${inspectionPath}?saved=fixed`);
  await expect(page.getByRole('status')).toHaveText(t.success.fixed);
  await expect(fixes.getByRole('row', { name: new RegExp(requirement) })).toContainText(t.fixStates.fixed);

  // The dashboard lists the demo's overdue fix of the city's inspection of 洮北区.
  await page.goto('/admin');
  const overdue = page.getByRole('table', { name: t.dashboard.overdueCaption });
  await expect(overdue).toBeVisible();
  await expect(overdue.getByRole('row')).not.toHaveCount(1);
  await expectNoAxeViolations(page, 'dashboard');

  // The work file of the county, printable, with the inspection and its fix.
  await page.goto('/admin/duties/work-file');
  await expectNoAxeViolations(page, 'work file list');
  await press(page.getByRole('link', { name: '洮北区', exact: true }));
  await page.waitForURL('**/admin/duties/work-file/220802');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.workFile.title('洮北区'));
  await expect(page.locator('main')).toContainText(findings);
  await expect(page.getByRole('heading', { name: t.workFile.meetings })).toBeVisible();
  await expectNoAxeViolations(page, 'work file');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: zhAdmin.nav.label })).toBeHidden();
  await expect(page.locator('main')).toContainText(requirement);
});

test("the township's dashboard links what the public sent in; the help and income pages name the member trained", async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin')}`);
  await signInAs(page, 'township-dpf');
  await page.waitForURL('**/admin');
  const d = zhAdminDashboard.dashboard;
  // The demo's online objection left untriaged on #22, and the unscreened left-out reports of 平安镇.
  const triage = page.getByRole('table', { name: d.triageCaption });
  const toTriage = triage.getByRole('link', { name: zhAdminOnlineObjections.open('YY-DEM3-3333') });
  await expect(toTriage).toBeVisible();
  const leftOut = page.getByRole('table', { name: d.leftOutCaption });
  await expect(leftOut.getByRole('link').first()).toHaveAttribute('href', /^\/admin\/left-out\/\d+$/);
  await expectNoAxeViolations(page, 'dashboard with triage and left-out');
  await press(toTriage);
  await page.waitForURL(/\/admin\/notices\/\d+\/online\/\d+$/);
  await expect(page.locator('main')).toContainText('YY-DEM3-3333');

  // A training of the township, then its household's help page: each training names the member.
  await page.goto('/admin/duties/trainings');
  const firstTraining = page.getByRole('table', { name: t.trainings.caption }).getByRole('row').nth(1);
  await press(firstTraining.getByRole('link'));
  await page.waitForURL(/\/admin\/help\/\d+$/);
  const skills = page.getByRole('table', { name: t.trainings.caption });
  await expect(skills.getByRole('columnheader', { name: t.trainings.columns.member })).toBeVisible();
  await expect(skills.getByRole('row').nth(1)).toContainText(`（${t.relations.self}）`); // the demo trains the registrant
  await expectNoAxeViolations(page, 'help page with trainings');
  // The income page: every condition of 稳定脱贫, the skill one naming the trained member.
  await page.goto(page.url().replace('/admin/help/', '/admin/incomes/'));
  const conditions = page.getByRole('table', { name: zhAdminHelp.incomes.conditionsCaption });
  await expect(conditions.getByRole('row')).toHaveCount(8); // the header and seven conditions
  await expect(conditions).toContainText(`（${t.relations.self}）：`);
  await expectNoAxeViolations(page, 'income page with conditions');
});

test('the screening page and the county public record pass axe', async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/screening')}`);
  await signInAs(page, 'county-dpf');
  await page.waitForURL('**/admin/screening');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'screening');
  // The county page of 洮北区 with its public record (components/progress/county-record.tsx), in both languages.
  for (const path of ['/regions/220802', '/en/regions/220802']) {
    await page.goto(path);
    await expect(page.locator('#county-record')).toBeVisible();
    await expectNoAxeViolations(page, `county record ${path}`);
  }
});
