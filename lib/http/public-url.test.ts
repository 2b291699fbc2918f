import { describe, expect, it } from 'vitest';
import { publicNoticeUrl } from './public-url';

describe('the public address printed on a notice', () => {
  it('is PUBLIC_ORIGIN when set, whatever host the official used', () => {
    const headers = new Headers({ host: 'gongshi-admin.example.cn' });
    expect(publicNoticeUrl(headers, 12, { PUBLIC_ORIGIN: 'https://gongshi.example.cn' })).toBe('https://gongshi.example.cn/notices/12');
  });

  it('else the origin the request was sent to, behind nginx the forwarded one', () => {
    expect(publicNoticeUrl(new Headers({ host: '127.0.0.1:3100' }), 5, {})).toBe('http://127.0.0.1:3100/notices/5');
    const proxied = new Headers({ host: '127.0.0.1:3001', 'x-forwarded-host': 'gongshi.example.cn', 'x-forwarded-proto': 'https' });
    expect(publicNoticeUrl(proxied, 5, {})).toBe('https://gongshi.example.cn/notices/5');
  });
});
