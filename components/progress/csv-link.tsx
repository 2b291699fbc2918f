import { zhProgress } from '@/lib/i18n/zh-progress';

/** Download link of a table as CSV (a plain link: it works without JavaScript). */
export function CsvLink({ href, caption }: { href: string; caption: string }) {
  return (
    <p className="no-print text-base">
      <a href={href} download>
        {zhProgress.csv.link(caption)}
      </a>
    </p>
  );
}
