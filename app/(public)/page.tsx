import Link from 'next/link';
import { connection } from 'next/server';
import { NoticeList } from '@/components/notice-list';
import { ProgressTable } from '@/components/progress-table';
import { getChildrenProgress, getCityProgress, getOpenNotices, getProgramme } from '@/lib/data/public';
import { currentProgrammeYear } from '@/lib/domain';
import { getPublicText } from '@/lib/i18n/public';
import { FigureTiles } from '@/components/ui/figure-tiles';

export default async function HomePage() {
  await connection(); // rendered per request: figures and days left are always current
  const now = new Date();
  const { t: zh, href } = await getPublicText();
  const programme = await getProgramme();
  if (!programme) return <h1>{zh.site.name}</h1>;
  const year = currentProgrammeYear(programme, now);
  const [city, counties, open] = await Promise.all([
    getCityProgress(programme.id),
    getChildrenProgress(programme.cityCode, programme.id, year),
    getOpenNotices(now, 10),
  ]);
  const figures = [
    { label: zh.home.target, value: programme.targetHouseholds },
    { label: zh.home.publicised, value: city.publicised },
    { label: zh.home.passed, value: city.passed },
  ];
  return (
    <>
      <h1>{zh.home.heading(programme.name)}</h1>
      <p>
        {zh.home.intro(programme.startYear, programme.endYear, programme.targetHouseholds, programme.noticeDays)}
      </p>
      <h2>{zh.home.headlineTitle}</h2>
      <FigureTiles figures={figures} unit={zh.home.households} layout="grid grid-cols-2 gap-2 text-center sm:grid-cols-3" />
      <h2>{zh.home.countiesTitle(year)}</h2>
      <ProgressTable caption={zh.home.countiesCaption(year)} rows={counties} year={year} />
      <h2>{zh.home.openTitle}</h2>
      {open.length === 0 ? <p>{zh.home.openNone}</p> : <NoticeList notices={open} now={now} showPath />}
      <p>
        <Link href={href(`/regions/${programme.cityCode}`)}>{zh.home.allNotices}</Link>
      </p>
    </>
  );
}
