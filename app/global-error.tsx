'use client';
// The root layout itself failed: this replaces it, with its own document and a few inline styles
// (the site's stylesheet is not loaded here).
import { usePathname } from 'next/navigation';
import type { ErrorInfo } from 'next/error';
import { digestOf, OutageText } from '@/components/outage-text';
import { zh } from '@/lib/i18n/zh';
import { zhOutage } from '@/lib/i18n/zh-outage';

export default function GlobalError({ error, retry }: ErrorInfo) {
  const admin = /^\/admin(\/|$)/.test(usePathname() ?? '');
  return (
    <html lang="zh-CN">
      <body style={{ margin: 0, fontFamily: 'system-ui, sans-serif', fontSize: '1.125rem', lineHeight: 1.6, color: '#111' }}>
        <title>{`${zhOutage.title} · ${zh.site.name}`}</title>
        <header style={{ background: '#9b1c1c', color: '#fff', padding: '0.75rem 1rem' }}>
          <a href="/" style={{ color: '#fff', fontWeight: 700, fontSize: '1.25rem', textDecoration: 'none' }}>
            {zh.site.name}
          </a>
        </header>
        <main id="main" style={{ maxWidth: '56rem', margin: '0 auto', padding: '0.5rem 1rem 3rem' }}>
          <OutageText admin={admin} digest={digestOf(error)} retry={retry} />
        </main>
      </body>
    </html>
  );
}
