import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/components/search-form';
import { searchRegions } from '@/lib/data/public';
import { getPublicText } from '@/lib/i18n/public';
import { withZhData, ZhData } from '@/components/zh-data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getPublicText()).t.search.title };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 50) ?? '';
  const results = q ? await searchRegions(q) : [];
  const { t: zh, href, locale } = await getPublicText();
  return (
    <>
      <h1>{zh.search.title}</h1>
      <SearchForm id="page-search" defaultValue={q} />
      {q === '' ? (
        <p>{zh.search.empty}</p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{withZhData(locale, zh.search.resultsFor, q, results.length)}</h2>
          {results.length === 0 ? (
            <p>{withZhData(locale, zh.search.none, q)}</p>
          ) : (
            <ul className="divide-y divide-line border-y border-line">
              {results.map((r) => (
                <li key={r.code} className="py-2">
                  <Link href={href(`/regions/${r.code}`)} className="text-lg font-bold">
                    <ZhData locale={locale}>{r.name}</ZhData>
                  </Link>
                  <span className="ml-2 text-muted">
                    {zh.region.levels[r.level]}
                    {r.path ? (
                      <>
                        {' · '}
                        <ZhData locale={locale}>{r.path}</ZhData>
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
