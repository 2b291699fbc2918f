import { usePublicText } from '@/lib/i18n/public';
import { ZhRuns } from '@/components/zh-runs';

/** Download link of a table as CSV (a plain link: it works without JavaScript). */
export function CsvLink({ href, caption }: { href: string; caption: string }) {
  const { progress: zhProgress, locale } = usePublicText();
  return (
    <p className="no-print text-base">
      <a href={href} download>
        <ZhRuns locale={locale}>{zhProgress.csv.link(caption)}</ZhRuns>
      </a>
    </p>
  );
}
