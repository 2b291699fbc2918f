import Link from 'next/link';
import { SearchForm } from '@/components/search-form';
import { usePublicText } from '@/lib/i18n/public';

export default function NotFound() {
  const { t: zh, href } = usePublicText();
  return (
    <>
      <h1>{zh.notFound.title}</h1>
      <p>{zh.notFound.body}</p>
      <p>
        <Link href={href('/')}>{zh.notFound.tryHome}</Link>
      </p>
      <p>{zh.notFound.trySearch}</p>
      <SearchForm id="not-found-search" />
    </>
  );
}
