// The large-print and high-contrast switch in the header: a plain form posted to /display, one toggle
// button per setting, each sending the opposite of its current state. A Server Component, no JavaScript:
// /display sends the visitor back to the page in the browser's Referer (lib/http/referer.ts), which stays
// right after client-side navigation, when this root-layout part is not rendered again. Hidden on
// officials' pages (app/layout.tsx, app/globals.css).
import type { Display } from '@/lib/display';
import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/public';

export function DisplaySwitch({ display, locale, text }: { display: Display; locale: Locale; text: PublicText['display'] }) {
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
      {button('large', text.large)}
      {button('contrast', text.contrast)}
    </form>
  );
}
