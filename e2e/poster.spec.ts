// The board poster and the public print page, printed to PDF in Chromium and read back with pdfjs: the
// fingerprint the public page shows, the QR target and the online address, the period and the posting
// date on both; full names on the officials' poster only; axe on both pages. (This machine has no CJK
// font, so Chinese characters come out of the PDF as blanks: the checks compare the ASCII runs, which
// carry the dates' digits, the fingerprint and the URL.)
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { maskName } from '../lib/domain/masking';
import { chinaDateString } from '../lib/domain/time';
import { fixture } from './fixture';
import { expectNoAxeViolations } from './axe';
import { signInAs } from './sign-in';

const id = fixture.villageA.openNotice;

/** Printable ASCII runs, one space between: what survives of a text without a CJK font. */
const ascii = (text: string) => text.replace(/[^\x21-\x7e]+/g, ' ').trim();

async function pdfText(page: Page): Promise<string> {
  const data = await page.pdf({ format: 'A4', printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  return ascii(pages.join('\n'));
}

/** The QR's SVG is exactly what `qrcode` makes from the URL (no decoder is installed to read it back). */
async function expectQrFor(page: Page, url: string) {
  const qr = page.locator('[data-qr-url]');
  await expect(qr).toHaveAttribute('data-qr-url', url);
  await expect(qr).toHaveAttribute('aria-label', new RegExp(url.replace(/[.]/g, '\\.')));
  const expected = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const paths = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
  expect(paths(await qr.innerHTML())).toEqual(paths(expected));
  expect(paths(expected)).toHaveLength(2); // the white square and the modules
}

const rowNames = (page: Page) => page.locator('table tbody th[scope="row"]').allTextContents();

test('the public print page and the officials’ poster carry the public page’s fingerprint, QR target and dates', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const url = `${baseURL}/notices/${id}`;
  const today = chinaDateString(new Date()).replace(/-0?/g, ' '); // as dateLabel's digits: 2026年1月5日 → 2026 1 5

  // The public notice page: the fingerprint, the period, the link to the print page.
  await page.goto(`/notices/${id}`);
  const fingerprint = (await page.getByTestId('fingerprint').textContent())!.trim();
  expect(fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  const period = ascii((await page.locator('dt', { hasText: '公示期' }).first().locator('xpath=following-sibling::dd[1]').textContent())!);
  expect(period).toMatch(/^\d{4} \d{1,2} \d{1,2} \d{4} \d{1,2} \d{1,2}$/);
  await page.getByRole('link', { name: /打印版/ }).click();
  await expect(page).toHaveURL(new RegExp(`/notices/${id}/print$`));

  // The public print page: masked names, the same fingerprint, the QR and the URL as text.
  await expect(page.getByTestId('fingerprint')).toHaveText(fingerprint);
  await expectQrFor(page, url);
  const masked = await rowNames(page);
  expect(masked.length).toBeGreaterThan(0);
  const publicPdf = await pdfText(page);
  for (const text of [fingerprint, url, period, today]) expect(publicPdf).toContain(text);
  expect(fixture.secrets.filter((secret) => /^[\x21-\x7e]{6,}$/.test(secret) && publicPdf.includes(secret))).toEqual([]);
  await expectNoAxeViolations(page);

  // The officials' poster: full names that mask to the public ones, nothing else private.
  await page.goto(`/login?callbackUrl=${encodeURIComponent(`/admin/notices/${id}`)}`);
  await signInAs(page, 'village-a');
  await page.getByRole('link', { name: /打印张贴用公示/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/notices/${id}/poster$`));
  await expect(page.getByTestId('fingerprint')).toHaveText(fingerprint);
  await expectQrFor(page, url);
  const full = await rowNames(page);
  expect(full.map(maskName)).toEqual(masked);
  expect(full.some((name, i) => name !== masked[i])).toBe(true);
  const posterPdf = await pdfText(page);
  for (const text of [fingerprint, url, period, today]) expect(posterPdf).toContain(text);
  // No ID or certificate number or phone (the digit secrets; names and addresses are Chinese).
  expect(fixture.secrets.filter((secret) => /^[0-9X-]{7,}$/.test(secret) && posterPdf.includes(secret))).toEqual([]);
  await expectNoAxeViolations(page);
});
