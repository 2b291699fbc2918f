import { usePublicText } from '@/lib/i18n/public';
import { ZhRuns } from '@/components/zh-runs';

/** The one-sentence reading of a chart, in words and numbers: the first thing a reader gets. */
export function SummarySentence({ text }: { text: string }) {
  const { locale } = usePublicText();
  return (
    <p className="text-lg">
      <ZhRuns locale={locale}>{text}</ZhRuns>
    </p>
  );
}
