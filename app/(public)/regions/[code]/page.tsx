import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb, regionTrail } from '@/components/breadcrumb';
import { NoticeList } from '@/components/notice-list';
import { ProgressTable } from '@/components/progress-table';
import { CountyProgressSection } from '@/components/progress/county-progress';
import { CountyRecordSection } from '@/components/progress/county-record';
import { JointMeetingsSection, PartyMembersSection } from '@/components/progress/party-members';
import { LeftOutSection } from '@/components/left-out-section';
import { getVillageLeftOut } from '@/lib/data/public-participation';
import { isRuralVillage } from '@/lib/domain/regions';
import {
  getAllocation,
  getChildrenProgress,
  getProgramme,
  getRegion,
  getRegionNotices,
  getRegionProgress,
} from '@/lib/data/public';
import { getCountyProgress } from '@/lib/data/progress';
import { currentProgrammeYear } from '@/lib/domain';
import { languageAlternates } from '@/lib/i18n/locale';
import { getPublicText } from '@/lib/i18n/public';
import { FigureTiles } from '@/components/ui/figure-tiles';
import { withZhData, ZhData } from '@/components/zh-data';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getRegion((await params).code);
  const { t: zh } = await getPublicText();
  if (!found) return { title: zh.notFound.title };
  return {
    title: found.region.name,
    // A page's alternates replace the layout's: the language twins are named again here.
    alternates: { languages: languageAlternates(`/regions/${found.region.code}`), types: { 'application/atom+xml': [{ url: `/regions/${found.region.code}/feed.xml`, title: zh.feed.title(found.region.name) }] } },
  };
}

export default async function RegionPage({ params }: Props) {
  const { code } = await params;
  const text = await getPublicText();
  const zh = text.t;
  const [found, programme] = await Promise.all([getRegion(code), getProgramme()]);
  if (!found || !programme) notFound();
  const { region, ancestors } = found;
  const now = new Date();
  const year = currentProgrammeYear(programme, now);
  const leftOut = region.level === 'village' ? await getVillageLeftOut(code) : null;
  const [progress, children, { notices, total }, allocation, countyProgress] = await Promise.all([
    getRegionProgress(code, programme.id, year),
    getChildrenProgress(code, programme.id, year),
    getRegionNotices(code, now, region.level === 'village' ? Infinity : 50),
    region.level === 'county' ? getAllocation(code, programme.id, year) : Promise.resolve(null),
    region.level === 'county' ? getCountyProgress(code, now) : Promise.resolve(null),
  ]);
  const figures = [
    ...(allocation === null ? [] : [{ label: zh.progress.allocation(year), value: allocation }]),
    { label: zh.progress.inYear(year, zh.progress.publicised), value: progress.publicised },
    { label: zh.progress.inYear(year, zh.progress.passed), value: progress.passed },
  ];
  return (
    <>
      <Breadcrumb trail={regionTrail(ancestors, text)} current={region.name} />
      <h1>
        <ZhData locale={text.locale}>{region.name}</ZhData>
        <span className="ml-2 text-base font-normal text-muted">{zh.region.levels[region.level]}</span>
        {found.retired ? <span className="ml-2 text-base font-normal text-muted">{zh.region.retiredLabel(zh.region.retired)}</span> : null}
      </h1>
      {found.retired ? <p>{zh.region.retiredNote}</p> : null}
      <h2>{zh.region.progressTitle}</h2>
      <FigureTiles figures={figures} unit={zh.home.households} layout="flex flex-wrap gap-2" tile="min-w-28 text-center" />
      {children.length > 0 ? (
        <>
          <h2>{zh.region.children(region.level)}</h2>
          <ProgressTable caption={withZhData(text.locale, zh.region.childrenCaption, region.name)} rows={children} year={year} />
        </>
      ) : null}
      <h2>{zh.region.notices}</h2>
      {notices.length === 0 ? <p>{zh.region.noNotices}</p> : <NoticeList notices={notices} now={now} />}
      {total > notices.length ? <p>{zh.region.moreNotices(notices.length, total)}</p> : null}
      {leftOut ? <LeftOutSection village={region} reports={leftOut} mayReport={isRuralVillage(region.code) && !found.retired} /> : null}
      <p className="no-print">
        <a href={`/regions/${region.code}/feed.xml`}>{zh.feed.link}</a>
      </p>
      {countyProgress ? <CountyProgressSection progress={countyProgress} /> : null}
      {region.level === 'county' ? (
        <>
          <CountyRecordSection programme={programme} countyCode={region.code} countyName={region.name} now={now} />
          <PartyMembersSection countyCode={region.code} />
          <JointMeetingsSection countyCode={region.code} />
        </>
      ) : null}
    </>
  );
}
