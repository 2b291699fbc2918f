// "English" / "中文" in the header of every public page: a plain link to /language, which answers with the
// same page in the other language (app/language/route.ts, from the browser's Referer; a full page load,
// so that the whole layout changes language). A Server Component, no JavaScript: the page is not named
// here, since the root layout that renders this is not rendered again on client-side navigation.
// Hidden on officials' pages (app/layout.tsx, app/globals.css).
import { otherLocale, type Locale } from '@/lib/i18n/locale';

const NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch({ locale }: { locale: Locale }) {
  const other = otherLocale(locale);
  return (
    <a href={`/language?to=${other}`} hrefLang={other} lang={other} className="font-bold text-white">
      {NAMES[other]}
    </a>
  );
}
