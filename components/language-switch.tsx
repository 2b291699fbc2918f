'use client';
// "English" / "中文" in the header of every public page: a plain link to the same page in the other
// language (a full page load, so that the whole layout changes language). Like the display switch it
// reads the URL here, so that it stays right after client-side navigation; the locale comes from the
// server, so the server's render (which sees the page without /en) and the browser's agree.
import { usePathname, useSearchParams } from 'next/navigation';
import { englishPagePath, localePath, otherLocale, type Locale } from '@/lib/i18n/locale';
import { isOfficialsPath } from '@/lib/security/officials-origin';

const NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/** The page's path without the locale prefix, whether or not the browser's path has it. */
export function pagePathOf(pathname: string): string {
  return englishPagePath(pathname) ?? pathname;
}

export function LanguageSwitch({ locale }: { locale: Locale }) {
  const pathname = usePathname() ?? '/';
  const query = useSearchParams().toString();
  if (isOfficialsPath(pathname)) return null;
  const other = otherLocale(locale);
  const page = pagePathOf(pathname) + (query ? `?${query}` : '');
  return (
    <a href={localePath(other, page)} hrefLang={other} lang={other} className="font-bold text-white">
      {NAMES[other]}
    </a>
  );
}
