// nginx's outage page (deploy/nginx/unavailable.html) cannot import the app's texts: it repeats them,
// and this keeps the two in step.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from './zh';
import { zhOutage } from './zh-outage';

describe("nginx's outage page", () => {
  const html = fs.readFileSync(path.join(import.meta.dirname, '../../deploy/nginx/unavailable.html'), 'utf8');

  it('says what the app says, in Chinese, without a script', () => {
    for (const text of [zhOutage.title, zhOutage.what, zhOutage.retry, zhOutage.periodTitle, zhOutage.period, zhOutage.objectTitle, zhOutage.object, zhOutage.home, zh.site.name]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<main[^>]*>\s*<h1>/);
    expect(html).not.toMatch(/<script|src=|@import|url\(/i);
  });

  it("answers the API's error shape when no instance answers", () => {
    const json = fs.readFileSync(path.join(import.meta.dirname, '../../deploy/nginx/unavailable.json'), 'utf8');
    expect(JSON.parse(json)).toEqual({ error: 'service_unavailable', message: zhOutage.api.down });
  });
});
