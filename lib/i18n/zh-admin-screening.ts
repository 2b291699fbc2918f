// Officials' text for screening refusals (筛查未通过, issue 10 item 2): the form, the counts and the
// messages. Who and why are private; the public sees counts only.
import type { ScreeningCriterion } from '@/db/schema';

export const zhAdminScreening = {
  title: '筛查未通过的家庭',
  intro:
    '村、乡镇调查筛查后认定不符合帮扶条件的家庭，在这里记录原因。记录不公开；公开页面只显示各县调查筛查户数和符合条件户数。符合条件的家庭请到“登记帮扶对象”登记。',
  nav: '筛查未通过',
  criteria: {
    not_rural: '不是农村家庭（不住在村委会）',
    income: '年人均纯收入不低于收入标准',
    no_certificate: '家庭成员中没有人持有残疾人证',
    no_labour: '家庭成员中没有人有劳动能力和就业愿望',
    other: '其他原因',
  } satisfies Record<ScreeningCriterion, string>,
  fields: {
    villageCode: '所在村',
    year: '年度',
    fullName: '户主（残疾人）姓名',
    criterion: '不符合的条件',
    reason: '具体原因',
    screenedOn: '筛查日期',
  },
  hints: {
    fullName: '只在工作人员页面显示，不公开。',
    reason: '例如：2025年家庭年人均纯收入3,200元。不公开，请不要写身份证号等证件号码。',
    screenedOn: '格式：2026-05-03。',
  },
  save: '记录筛查未通过',
  saved: '已记录。这户家庭计入调查筛查户数，不计入符合条件户数。',
  countsTitle: '调查筛查和符合条件',
  dashboardLine: (screened: number, eligible: number, refused: number) =>
    `本辖区调查筛查 ${screened} 户，其中符合条件并登记 ${eligible} 户，筛查未通过 ${refused} 户（全部工程年度）。`,
  countsCaption: '各县调查筛查户数和符合条件户数（全部工程年度）',
  county: '县（市、区）',
  screened: '调查筛查户数',
  eligible: '符合条件户数',
  refused: '筛查未通过户数',
  recentTitle: '最近记录的筛查未通过',
  recentCaption: '最近记录的筛查未通过（不含姓名）',
  village: '村',
  date: '筛查日期',
  none: '还没有记录。',
  errors: {
    villageCode: '请选择所在村',
    villageUnknown: '找不到这个村，请重新选择',
    year: '请选择工程年度',
    yearRange: (start: number, end: number) => `年度应在${start}年至${end}年之间`,
    noProgramme: '还没有设置帮扶工程。',
    fullName: '请填写姓名',
    fullNameLong: '姓名不能超过50个字',
    criterion: '请选择不符合的条件',
    reason: '请填写具体原因',
    reasonLong: '具体原因不能超过500个字',
    screenedOn: '请按“2026-05-03”的格式填写筛查日期',
    screenedOnFuture: '筛查日期不能晚于今天',
  },
};
