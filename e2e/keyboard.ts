// Keyboard use in browser tests: focus a control and press a key on it, or type into a field, as a
// keyboard user would after tabbing there.
import { expect, type Locator, type Page } from '@playwright/test';

export async function press(locator: Locator, key = 'Enter') {
  await locator.focus();
  await expect(locator).toBeFocused();
  await locator.press(key);
}

/** Replaces the field's text by typing, key by key. */
export async function type(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}
