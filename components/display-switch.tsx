'use client';
// The large-print and high-contrast switch in the header: a plain form posted to /display (no JavaScript
// needed), one toggle button per setting, each sending the opposite of its current state. The page to
// come back to is read from the URL here, so that it stays right after client-side navigation too (the
// root layout is not rendered again then). Not on officials' pages: with an officials' origin of its own,
// /display is served only on the public one.
import { usePathname, useSearchParams } from 'next/navigation';
import type { Display } from '@/lib/display';
import { zhDisplay } from '@/lib/i18n/zh-display';
import { isOfficialsPath } from '@/lib/security/officials-origin';

export function DisplaySwitch({ display }: { display: Display }) {
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
      <span id="display-switch-label">{zhDisplay.label}：</span>
      <input type="hidden" name="back" value={query ? `${pathname}?${query}` : pathname} />
      {button('large', zhDisplay.large)}
      {button('contrast', zhDisplay.contrast)}
    </form>
  );
}
