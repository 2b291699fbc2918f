import Link from 'next/link';
import { zh } from '@/lib/i18n/zh';

export function Breadcrumb({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label={zh.region.breadcrumb} className="no-print mt-3 text-base">
      <ol className="flex flex-wrap gap-x-1">
        {trail.map((item) => (
          <li key={item.href} className="after:mx-1 after:content-['›']">
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

export function regionTrail(regions: { code: string; name: string }[]) {
  return [{ href: '/', label: zh.site.home }, ...regions.map((r) => ({ href: `/regions/${r.code}`, label: r.name }))];
}
