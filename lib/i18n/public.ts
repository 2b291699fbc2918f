// The public pages' text in the visitor's language (issue 9, item 8; README "English"). Each namespace is
// a pair of typed catalogues, zh-x.ts and en-x.ts (`Catalogue<typeof zhX>`, so tsc refuses a key or an
// argument one language lacks); add yours to both maps below, one line each. A component reads them with
// `await getPublicText()` (async) or `usePublicText()`, which also give `href()` for links in the page's
// language and `date`. Chinese data inside English text is marked with components/zh-data.tsx. The locale
// comes from next-intl's request config (i18n/request.ts).
import { getLocale } from 'next-intl/server';
import { useLocale } from 'next-intl';
import { dateFormat, type DateFormat } from './dates';
import { en } from './en';
import { enDisplay } from './en-display';
import { enCountyRecord } from './en-county-record';
import { enDuties } from './en-duties';
import { enHistory } from './en-history';
import { enOutage } from './en-outage';
import { enParticipation } from './en-participation';
import { enObjection } from './en-objection';
import { englishEligibilityCriteria, enPoster } from './en-poster';
import { enProgress } from './en-progress';
import { localePath, parseLocale, type Locale } from './locale';
import { zh } from './zh';
import { zhAdmin } from './zh-admin';
import { zhAdminDashboard } from './zh-admin-dashboard';
import { zhDisplay } from './zh-display';
import { zhCountyRecord } from './zh-county-record';
import { zhDuties } from './zh-duties';
import { zhOutage } from './zh-outage';
import { zhParticipation } from './zh-participation';
import { zhObjection } from './zh-objection';
import { eligibilityCriteria, zhPoster } from './zh-poster';
import { zhProgress } from './zh-progress';

const catalogues = {
  'zh-CN': {
    t: zh,
    display: zhDisplay,
    outage: zhOutage,
    progress: zhProgress,
    poster: zhPoster,
    criteria: eligibilityCriteria,
    history: { ...zhAdminDashboard.history, roles: zhAdmin.roles },
    duties: zhDuties,
    countyRecord: zhCountyRecord,
    participation: zhParticipation,
    objection: zhObjection,
  },
  en: {
    t: en,
    display: enDisplay,
    outage: enOutage,
    progress: enProgress,
    poster: enPoster,
    criteria: englishEligibilityCriteria,
    history: enHistory,
    duties: enDuties,
    countyRecord: enCountyRecord,
    participation: enParticipation,
    objection: enObjection,
  },
} satisfies Record<Locale, unknown>;

type Catalogues = (typeof catalogues)['en'];

export type PublicText = Catalogues & {
  locale: Locale;
  /** A path of this site in the visitor's language: href('/regions/220800') → /en/regions/220800 in English. */
  href: (path: string) => string;
  /** Dates in the visitor's language, China time. */
  date: DateFormat;
};

function publicText(locale: Locale): PublicText {
  return { ...catalogues[locale], locale, href: (path) => localePath(locale, path), date: dateFormat(locale) };
}

/** In an async Server Component, generateMetadata or a Server Action: `const { t, href, date } = await getPublicText();` */
export async function getPublicText(): Promise<PublicText> {
  return publicText(parseLocale(await getLocale()));
}

/** In a Server Component that is not async (next-intl's useLocale reads the same request config). */
export function usePublicText(): PublicText {
  return publicText(parseLocale(useLocale()));
}
