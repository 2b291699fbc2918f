// Interface text of the public progress pages (/progress, the charts on county pages) and of the
// progress CSV files. Plain words; every sentence is built from the numbers it states.
import { formatYuan, zh } from './zh';

const pct = zh.progress.rateValue; // passed ÷ target as a whole percentage, '—' without a target

const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

export const zhProgress = {
  nav: '进度',
  title: '工程进度',
  description: '白城市农村基层党组织助残扶贫工程各县（市、区）的任务、公示、审批建档、结对帮扶、脱贫和帮扶资金统计。',
  intro: (startYear: number, endYear: number, target: number) =>
    `${startYear}—${endYear}年，全市要帮助 ${target} 户农村贫困残疾人家庭稳定脱贫。本页按县（市、区）和月份公开每一步的户数和帮扶资金。这里只有统计数字，不涉及任何一户家庭的信息。`,
  asOf: (when: string) => `数字截至 ${when}（北京时间），每次打开本页时重新统计。`,
  noData: '还没有工程数据。',

  headline: {
    title: '全市总体进度',
    target: (startYear: number, endYear: number) => `全市目标（${startYear}—${endYear}年）`,
    passed: '已通过公示',
    filed: '已审批建档',
    outOfPoverty: '已稳定脱贫',
    households: '户',
    sentence: (targetToDate: number, year: number, filed: number, passed: number, outOfPoverty: number) =>
      `建档率：工程开始以来，全市已审批建档 ${filed} 户，占截至${year}年的累计任务 ${targetToDate} 户的 ${pct(filed, targetToDate)}。公示只是其中的一个环节：已通过公示 ${passed} 户，不等于已完成帮扶；已稳定脱贫 ${outOfPoverty} 户。`,
  },

  stableExit: {
    title: '稳定脱贫的各项条件',
    intro: (filed: number) =>
      `稳定脱贫要求下列条件同时达到。表中是全市 ${filed} 户已建档家庭中达到每一项条件的户数。`,
    caption: '已建档家庭中达到稳定脱贫各项条件的户数（单位：户）',
    condition: '条件',
    households: '达到的户数',
    notRecorded: '本系统尚未记录，暂不计入',
    all: '全部达到（已稳定脱贫）',
    labels: {
      income: '县里最近确认的一年，年人均纯收入达到标准',
      medical: '每名家庭成员都参加新农合',
      pension: '16岁以上成员都参加新农保',
      dibao: '每名家庭成员的低保已落实（已享受或经评定不符合条件）',
      housing: '住房有保障',
      skill: '家庭成员掌握实用技术（培训记录）',
      project: '有增收项目',
    },
  },

  // Short, so that a table of every stage fits a phone; the terms below say what each means.
  stages: {
    allocation: '年度任务',
    publicised: '已公示',
    passed: '已通过',
    filed: '已建档',
    paired: '已结对',
    outOfPoverty: '已脱贫',
  },
  units: { households: '户', yuan: '元' },
  chartFallback: '下表列出了图中的全部数字。',

  terms: {
    title: '这些数字是什么意思',
    items: (threshold: number) =>
      [
        ['年度任务', '市里分配给各县（市、区）当年要帮扶的户数。'],
        ['已公示', '在村里公示过的家庭，包括正在公示的。'],
        ['已通过', '已通过公示：公示期满、没有成立的异议，列为拟帮扶对象的家庭。'],
        ['已建档', '已审批建档：经村、乡镇、县逐级审核，县委组织部同意并建立帮扶档案的家庭。'],
        ['已结对', '已结对帮扶：已有党员干部结对、签订帮扶协议的家庭。'],
        ['建档率', '已审批建档的户数 ÷ 截至今年的累计任务（工程开始以来各年度任务之和）。这是本页的总体进度。'],
        ['已脱贫', `已稳定脱贫：县里最近确认的一年年人均纯收入达到 ${threshold} 元及以上，每名家庭成员都参加新农合、16岁以上成员都参加新农保、每名家庭成员的低保已落实（已享受，或经评定不符合条件），且住房有保障、有实用技术培训（至少一名家庭成员掌握一项实用技术）和增收项目的家庭。之后确认的收入低于标准，就不再计入。工作人员页面用的是同一标准。`],
        ['小额贷款', '由党员干部担保、用于帮扶家庭发展项目的小额贷款，需要归还。'],
        ['无偿资金（残联资助）', '残疾人联合会为帮扶项目投入、不需要归还的资金。资金总是分为无偿资金和小额贷款两部分列出，合计数旁边总有这两部分。'],
      ] as const,
  },

  place: {
    title: (year: number) => `${year}年度进度`,
    chart: (name: string, year: number) => `图：${name}${year}年度各环节户数`,
    caption: (name: string, year: number) => `${name}${year}年度各环节户数（单位：户）`,
    stage: '环节',
    households: '户数',
    share: '占年度任务',
    sentence: (name: string, year: number, f: { allocation: number; publicised: number; passed: number; filed: number; paired: number; outOfPoverty: number }) =>
      `${year}年${name}年度任务 ${f.allocation} 户，已公示 ${f.publicised} 户，已通过公示 ${f.passed} 户（占年度任务的 ${pct(f.passed, f.allocation)}），其中已审批建档 ${f.filed} 户、已结对帮扶 ${f.paired} 户、已稳定脱贫 ${f.outOfPoverty} 户。`,
  },

  counties: {
    title: (year: number) => `各县（市、区）${year}年度进度`,
    chart: (year: number) => `图：各县（市、区）${year}年度各环节户数`,
    caption: (year: number) => `各县（市、区）${year}年度任务和各环节户数（单位：户）`,
    region: '地区',
    rate: '通过公示比例',
    rateNote: '通过公示比例是已通过公示的户数占年度任务的比例。通过公示只是一个环节，不是帮扶完成。',
    total: '全市合计',
    sentence: (best: { name: string; passed: number; allocation: number }, worst: { name: string; passed: number; allocation: number }) =>
      best.name === worst.name
        ? `${best.name}已通过公示 ${best.passed} 户，占年度任务的 ${pct(best.passed, best.allocation)}。`
        : `${best.name}通过公示比例最高，已通过公示 ${best.passed} 户，占年度任务的 ${pct(best.passed, best.allocation)}；${worst.name}最低，已通过公示 ${worst.passed} 户，占 ${pct(worst.passed, worst.allocation)}。`,
    none: (year: number) => `${year}年各县（市、区）还没有通过公示的家庭。`,
  },

  months: {
    title: '每月进度',
    chart: (name: string, year: number) => `图：${name}${year}年度每月公示、通过公示和建档的户数`,
    caption: (name: string, year: number) => `${name}${year}年度每月公示、通过公示和审批建档的户数（单位：户，按北京时间计月）`,
    month: '月份',
    monthLabel,
    publicised: '公示',
    passed: '通过公示',
    filed: '审批建档',
    sentence: (name: string, busiest: { month: string; passed: number }, filed: { month: string; filed: number } | null) =>
      `${name}通过公示最多的是${monthLabel(busiest.month)}，共 ${busiest.passed} 户` +
      (filed ? `；审批建档最多的是${monthLabel(filed.month)}，共 ${filed.filed} 户。` : '；还没有审批建档的家庭。'),
    none: (name: string, year: number) => `${name}${year}年还没有公示。`,
  },

  funds: {
    title: '帮扶资金',
    chart: (name: string, year: number) => `图：${name}${year}年度小额贷款和残联资助金额`,
    caption: (name: string, year: number) => `${name}${year}年度投入的小额贷款和残联资助（单位：元）`,
    region: '地区',
    microLoan: '小额贷款',
    dpfFunding: '无偿资金（残联资助）',
    total: '合计',
    yuan: (n: number) => `${formatYuan(n)} 元`,
    sentence: (name: string, microLoan: number, dpfFunding: number, most: { name: string; total: number } | null) =>
      `${name}已投入小额贷款 ${formatYuan(microLoan)} 元、残联资助 ${formatYuan(dpfFunding)} 元，共 ${formatYuan(microLoan + dpfFunding)} 元` +
      (most ? `；${most.name}最多，共 ${formatYuan(most.total)} 元。` : '。'),
    none: (name: string, year: number) => `${name}${year}年还没有投入小额贷款和残联资助。`,
  },

  csv: {
    link: (caption: string) => `下载“${caption}”（CSV 文件，可用 Excel 打开）`,
  },

  openData: {
    title: '开放数据',
    body: '以上数字也可以用程序读取（JSON 格式，只含统计数字，每分钟更新）：',
    json: '进度数据接口（JSON）',
  },

  county: {
    title: '帮扶进度',
    more: '查看全市进度和各县（市、区）对比',
  },

  errors: {
    format: 'format 只能是 json 或 csv',
    table: 'table 只能是 stages、counties、months 或 funds',
    county: '找不到这个县（市、区）',
    noData: '还没有工程数据',
  },
} as const;
