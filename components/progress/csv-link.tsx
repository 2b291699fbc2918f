import { usePublicText } from '@/lib/i18n/public';

/** Download link of a table as CSV (a plain link: it works without JavaScript). */
export function CsvLink({ href, caption }: { href: string; caption: string }) {
  const { progress: zhProgress } = usePublicText();
  return (
    <p className="no-print text-base">
      <a href={href} download>
        {zhProgress.csv.link(caption)}
      </a>
    </p>
  );
}
