'use client';
// The large-print and high-contrast switch in the header: a plain form posted to /display (no JavaScript
// needed), one toggle button per setting, each sending the opposite of its current state. The page to
// come back to is read from the URL here, so that it stays right after client-side navigation too (the
// root layout is not rendered again then). Not on officials' pages: with an officials' origin of its own,
// /display is served only on the public one.
import { usePathname, useSearchParams } from 'next/navigation';
import type { Display } from '@/lib/display';
import { localePath, type Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/public';
import { pagePathOf } from './language-switch';
import { isOfficialsPath } from '@/lib/security/officials-origin';

export function DisplaySwitch({ display, locale, text }: { display: Display; locale: Locale; text: PublicText['display'] }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  if (isOfficialsPath(pathname)) return null;
  const button = (name: keyof Display, label: string) => (
    <button
      type="submit"
      name={name}
      value={display[name] ? '0' : '1'}
      aria-pressed={display[name]}
      className={`min-h-6 border-2 border-white px-2 font-bold ${display[name] ? 'bg-white text-brand' : 'bg-transparent text-white'}`}
    >
      {display[name] ? <span aria-hidden="true">✓ </span> : null}
      {label}
    </button>
  );
  return (
    <form method="post" action="/display" aria-labelledby="display-switch-label" className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <span id="display-switch-label">{`${text.label}${locale === 'en' ? ':' : '：'}`}</span>
      <input type="hidden" name="back" value={localePath(locale, pagePathOf(pathname) + (query ? `?${query}` : ''))} />
      {button('large', text.large)}
      {button('contrast', text.contrast)}
    </form>
  );
}
