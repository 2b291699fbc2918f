import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { cookies, headers } from 'next/headers';
import { connection } from 'next/server';
import { DisplaySwitch } from '@/components/display-switch';
import { LanguageSwitch } from '@/components/language-switch';
import { SearchForm } from '@/components/search-form';
import { DISPLAY_COOKIE, displayClasses, parseDisplay } from '@/lib/display';
import { languageAlternates, PAGE_PATH_HEADER } from '@/lib/i18n/locale';
import { getPublicText } from '@/lib/i18n/public';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getPublicText();
  // Every public page has its twin in the other language (hreflang); officials' pages have none.
  const path = (await headers()).get(PAGE_PATH_HEADER) ?? '/';
  const officials = /^\/(admin|login)(\/|\?|$)/.test(path);
  return {
    title: { default: t.site.name, template: `%s · ${t.site.name}` },
    description: t.site.tagline,
    ...(officials ? {} : { alternates: { languages: languageAlternates(path) } }),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page, /privacy and the 404 too, renders per request: only then can Next give its scripts
  // the nonce of this response's Content-Security-Policy (proxy.ts). A prerendered page would carry none.
  await connection();
  // Large print and high contrast (lib/display.ts): classes on <html>, the rest is app/globals.css.
  const display = parseDisplay((await cookies()).get(DISPLAY_COOKIE)?.value);
  const { t: zh, progress, display: displayText, locale, href } = await getPublicText();
  return (
    <html lang={locale} className={displayClasses(display)}>
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:p-2">
          {zh.site.skipLink}
        </a>
        <header className="bg-brand text-white no-print">
          <div className="mx-auto max-w-4xl px-4 py-3">
            <Link href={href('/')} className="text-xl font-bold text-white no-underline">
              {zh.site.name}
            </Link>
            <p className="my-0 text-sm">{zh.site.tagline}</p>
            {/* Public pages only: hidden while an officials' page is shown (app/globals.css), also after
                client-side navigation, which does not render this layout again. */}
            <div data-public-only="">
              <p className="my-0 mt-1 text-sm">
                <LanguageSwitch locale={locale} />
              </p>
              <DisplaySwitch display={display} locale={locale} text={displayText} />
            </div>
            <div className="mt-2 max-w-xl">
              <SearchForm id="site-search" compact />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 pb-12 pt-2 focus:outline-none">
          {children}
        </main>
        <footer className="border-t-4 border-brand bg-panel no-print">
          <div className="mx-auto max-w-4xl px-4 py-6 text-sm">
            {/* No prefetching: on a slow, metered phone connection only what is opened is loaded. */}
            <nav aria-label={zh.site.footerNav}>
              <ul className="flex flex-wrap gap-x-6 gap-y-2">
                <li>
                  <Link href={href('/')} prefetch={false}>{zh.site.home}</Link>
                </li>
                <li>
                  <Link href={href('/progress')} prefetch={false}>{progress.nav}</Link>
                </li>
                <li>
                  <Link href={href('/search')} prefetch={false}>{zh.search.title}</Link>
                </li>
                <li>
                  <Link href={href('/privacy')} prefetch={false}>{zh.site.privacy}</Link>
                </li>
                <li>
                  <Link href="/admin" prefetch={false}>{zh.site.officials}</Link>
                </li>
              </ul>
            </nav>
            <p>{zh.site.footerNote}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
