// Officials' text of left-out households (应列未列, issue 9 item 6): the list, a report's page, the
// screening form and recording a report. The public text is in zh-participation.ts (with English).
import { zhParticipation } from './zh-participation';

const pub = zhParticipation.leftOut;

export const zhLeftOut = {
  name: '应列未列',
  // The labels the public form also uses, and the statuses: one wording (zh-participation.ts).
  statuses: pub.statuses,
  channels: { online: '网上反映', official: '工作人员登记' },
  who: pub.who,
  whoHint: pub.whoHint,
  why: pub.why,
  whyHint: pub.whyHint,
  contact: pub.contact,
  contactHint: pub.contactHint,
  submit: pub.submit,
  facts: pub.facts,
  formIntro: pub.formIntro,
  notVillage: pub.notVillage,
  // Officials
  adminTitle: '应列未列',
  adminIntro: '村民或工作人员反映的应列未列家庭。请核实后作出审核结论；结论和理由会公开（不含姓名等个人信息）。',
  adminNone: '本辖区还没有应列未列的反映。',
  adminCaption: '应列未列的反映',
  adminColumns: { reference: '编号', village: '村', received: '收到日期', status: '状态', who: '应列入的', open: '查看' },
  adminNew: '登记一条应列未列（当面或电话反映的）',
  detailTitle: (reference: string) => `应列未列 ${reference}`,
  privateTitle: '反映内容（不公开）',
  privateFacts: { who: '应列入的', why: '理由', contact: '反映人联系方式', channel: '渠道', notice: '反映时所在的公示' },
  noContact: '未留',
  screenTitle: '审核',
  outcome: '审核结论',
  outcomes: { screened_in: '符合条件，纳入下次公示', not_eligible: '不符合条件' },
  reason: '公开的理由',
  reasonHint: '会在网上公开。不要写姓名、身份证号、残疾证号、电话或住址。',
  screenSubmit: '保存审核结论',
  screened: '已保存审核结论。',
  recordedOfficial: '已登记。',
  villageCode: '村的统计用区划代码',
  villageCodeHint: '12 位数字，例如 220802100201。',
  recordTitle: '登记应列未列',
  adminErrors: {
    reportId: '请从列表中选择一条反映。',
    notFound: '找不到这条反映。',
    alreadyScreened: '这条反映已经审核过了。',
    outcome: '请选择审核结论。',
    reason: '请填写公开的理由。',
    reasonLong: '理由不能超过 1000 个字。',
    villageCode: '请填写 12 位的村代码。',
    screenBeforeReceived: '审核时间不能早于收到时间。',
  },
};
