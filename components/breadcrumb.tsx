import Link from 'next/link';
import { ZhData } from '@/components/zh-data';
import { usePublicText, type PublicText } from '@/lib/i18n/public';

export function Breadcrumb({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  const { t: zh, locale } = usePublicText();
  return (
    <nav aria-label={zh.region.breadcrumb} className="no-print mt-3 text-base">
      <ol className="flex flex-wrap gap-x-1">
        {trail.map((item) => (
          <li key={item.href} className="after:mx-1 after:content-['›']">
            <Link href={item.href}>
              <ZhData locale={locale}>{item.label}</ZhData>
            </Link>
          </li>
        ))}
        <li aria-current="page">
          <ZhData locale={locale}>{current}</ZhData>
        </li>
      </ol>
    </nav>
  );
}

/** The trail of a public page, in its language: `regionTrail(path, await getPublicText())`. */
export function regionTrail(regions: { code: string; name: string }[], { t, href }: Pick<PublicText, 't' | 'href'>) {
  return [{ href: href('/'), label: t.site.home }, ...regions.map((r) => ({ href: href(`/regions/${r.code}`), label: r.name }))];
}
