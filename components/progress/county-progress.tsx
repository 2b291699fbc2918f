// The charts section of a county page: the county's stages, months and money, each with its table.
import Link from 'next/link';
import type { CountyProgress } from '@/lib/data/progress';
import { usePublicText } from '@/lib/i18n/public';
import { FundsSection, MonthsSection, StagesSection } from './sections';
import { countyPlace } from './tables';

export function CountyProgressSection({ progress }: { progress: CountyProgress }) {
  const { progress: zhProgress, href } = usePublicText();
  const place = countyPlace(progress);
  const { county, year } = progress;
  return (
    <section aria-labelledby="county-progress">
      <h2 id="county-progress">{zhProgress.county.title}</h2>
      <StagesSection place={place} level={3} title={zhProgress.place.title(year)} countyCode={county.code} />
      <MonthsSection place={place} level={3} countyCode={county.code} />
      <FundsSection name={county.name} year={year} funds={county.fundsYuan} level={3} countyCode={county.code} />
      <p>
        <Link href={href('/progress')}>{zhProgress.county.more}</Link>
      </p>
    </section>
  );
}
