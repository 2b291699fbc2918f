// next-intl's configuration of one request (createNextIntlPlugin in next.config.js points here). There
// is no [locale] segment: the proxy rewrites /en/x to /x and passes the locale in LOCALE_HEADER, which
// it always sets itself (a visitor's own header never reaches here, so one URL is always one language and
// a shared cache keyed on the URL stays right). Dates are China's dates in either language.
import { getRequestConfig } from 'next-intl/server';
import { headers } from 'next/headers';
import { CHINA_TIME_ZONE } from '@/lib/domain/time';
import { LOCALE_HEADER, parseLocale } from '@/lib/i18n/locale';

export default getRequestConfig(async () => {
  const locale = parseLocale((await headers()).get(LOCALE_HEADER));
  return { locale, timeZone: CHINA_TIME_ZONE, messages: {} };
});
