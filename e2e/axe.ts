import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe on the page as it stands. It first waits for the document title: after a client-side
 * navigation the new page's title is set a moment after its heading appears, and a scan in that
 * moment would report a missing title that no visitor ever sees settled.
 */
export async function expectNoAxeViolations(page: Page, what: string = page.url()) {
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(violations.map((v) => `${what}: ${v.id} ${v.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
}
