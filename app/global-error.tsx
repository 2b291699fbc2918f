'use client';
// The root layout itself failed: this replaces it, with its own document and a few inline styles
// (the site's stylesheet is not loaded here).
import { usePathname } from 'next/navigation';
import type { ErrorInfo } from 'next/error';
import { digestOf, OutageText } from '@/components/outage-text';
import { enOutage } from '@/lib/i18n/en-outage';
import { localeOfPath } from '@/lib/i18n/locale';
import { SITE_NAME } from '@/lib/i18n/site-name';
import { zhOutage } from '@/lib/i18n/zh-outage';

export default function GlobalError({ error, retry }: ErrorInfo) {
  const pathname = usePathname();
  const admin = /^\/admin(\/|$)/.test(pathname ?? '');
  const locale = admin ? 'zh-CN' : localeOfPath(pathname);
  const outage = locale === 'en' ? enOutage : zhOutage;
  const siteName = SITE_NAME[locale];
  return (
    <html lang={locale}>
      <body style={{ margin: 0, fontFamily: 'system-ui, sans-serif', fontSize: '1.125rem', lineHeight: 1.6, color: '#111' }}>
        <title>{`${outage.title} · ${siteName}`}</title>
        <header style={{ background: '#9b1c1c', color: '#fff', padding: '0.75rem 1rem' }}>
          <a href={locale === 'en' ? '/en' : '/'} style={{ color: '#fff', fontWeight: 700, fontSize: '1.25rem', textDecoration: 'none' }}>
            {siteName}
          </a>
        </header>
        <main id="main" style={{ maxWidth: '56rem', margin: '0 auto', padding: '0.5rem 1rem 3rem' }}>
          <OutageText admin={admin} digest={digestOf(error)} retry={retry} locale={locale} />
        </main>
      </body>
    </html>
  );
}
