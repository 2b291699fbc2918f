// Public text of a county's record (issue 10 items 2 and 4) on its page, and the glossary of those
// figures on /progress (each figure defined once, there).
import { formatYuan } from './zh';

export const zhCountyRecord = {
  title: '本县工作记录',
  intro: '以下数字根据系统中的记录自动统计，不含任何个人信息。各数字的含义见工程进度页的说明。',
  glossaryLink: '这些数字是什么意思',
  peopleHelped: (name: string, households: number, people: number) => `${name}已建档的 ${households} 户家庭中共有残疾人 ${people} 人。`,
  caption: (county: string) => `${county}工作记录（全部工程年度）`,
  figure: '项目',
  value: '数字',
  helpedHouseholds: '已建档户数',
  helpedPeople: '其中残疾人数',
  screened: '调查筛查户数',
  eligible: '符合条件户数',
  refused: '筛查未通过户数',
  objectionsReceived: '收到的异议',
  objectionsUpheld: '异议成立',
  objectionsDismissed: '异议不成立',
  visited: (days: number) => `近 ${days} 天回访过的已建档户`,
  visitedValue: (visited: number, filed: number) => `${visited} / ${filed} 户`,
  summariesOnTime: '按时报送的年度总结',
  summariesOnTimeValue: (onTime: number, due: number) => `${onTime} / ${due} 年`,
  households: (n: number) => `${n} 户`,
  people: (n: number) => `${n} 人`,
  items: (n: number) => `${n} 件`,
  summaries: {
    title: '年度总结',
    none: '还没有提交的年度总结。',
    heading: (year: number) => `${year}年度工程执行情况总结`,
    submitted: (when: string, onTime: boolean) => `${when}提交${onTime ? '（按时）' : '（逾期）'}`,
    caption: (year: number) => `${year}年度总结的数字`,
    householdsHelped: '帮扶户数',
    disabledHelped: '帮扶残疾人数',
    incomeIncrease: '户均增收（元/人）',
    incomeValue: (mean: number | null, compared: number, missing: number) =>
      (mean === null ? '无法计算' : `${formatYuan(mean)} 元/人`) + `（按 ${compared} 户计算，${missing} 户缺少数据）`,
    grants: '无偿资金',
    loans: '小额贷款',
    yuan: (n: number) => `${formatYuan(n)} 元`,
    text: '总结全文',
  },
  /** Glossary entries, shown on /progress with the other terms. */
  terms: (days: number) =>
    [
      ['残疾人数', '已建档家庭中的残疾人口之和。一户可能有不止一名残疾人，所以人数可能多于户数。'],
      ['调查筛查户数', '村、乡镇调查筛查过的家庭：符合条件户数加上筛查未通过户数。'],
      ['符合条件户数', '经筛查符合帮扶条件（农村家庭、年人均纯收入低于标准、至少一名家庭成员持有残疾人证、至少一名家庭成员有劳动能力和就业愿望）并登记的家庭。'],
      ['筛查未通过户数', '经筛查不符合条件、未予登记的家庭。原因记录在案，不公开。'],
      ['收到的异议', '群众对本县公示提出的异议，含正在调查的；网上提交、尚未受理或不予受理的不计入。'],
      ['异议成立、异议不成立', '调查结束后的结论。'],
      [`近 ${days} 天回访`, `最近 ${days} 天内至少回访过一次的已建档家庭（按本工程规定，每 ${days} 天至少回访一次）。`],
      ['按时报送的年度总结', '截止日期（每年 11 月 5 日）已过的工程年度中，县里在截止日期前提交了年度总结的年数。'],
      ['无偿资金', '残联资助等不需要归还的资金。与小额贷款分开统计，两者从不只给一个合计数。'],
      ['户均增收', '既有登记时、又有当年经县里确认的年人均纯收入的家庭，每户两者之差的平均数；缺少数据的户数另行列出。'],
    ] as const,
};
