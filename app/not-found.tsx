import Link from 'next/link';
import { SearchForm } from '@/components/search-form';
import { zh } from '@/lib/i18n/zh';

export default function NotFound() {
  return (
    <>
      <h1>{zh.notFound.title}</h1>
      <p>{zh.notFound.body}</p>
      <p>
        <Link href="/">{zh.notFound.tryHome}</Link>
      </p>
      <p>{zh.notFound.trySearch}</p>
      <SearchForm id="not-found-search" />
    </>
  );
}
