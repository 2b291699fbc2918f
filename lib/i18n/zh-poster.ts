// Interface text of the printable notice: the officials' board poster (张贴用公示) and the public print
// page, and the eligibility criteria (帮扶条件) both they and the public notice page state.
import { formatYuan } from './zh';

/**
 * Who is eligible, in plain words, from the programme's settings (the income threshold is per
 * programme: lib/domain/eligibility.ts). Labour capacity and willingness are judged by the village.
 */
export function eligibilityCriteria(programme: { incomeThreshold: number }): string[] {
  return [
    '家庭是农村家庭（户籍在本村）。',
    '家庭中至少有一名残疾人，并持有《中华人民共和国残疾人证》。',
    `家庭年人均纯收入低于 ${formatYuan(programme.incomeThreshold)} 元。`,
    '家庭中有劳动能力，并且愿意通过劳动增加收入。',
  ];
}

export const zhPoster = {
  criteriaTitle: '帮扶对象条件',
  criteriaIntro: '列入名单的家庭应当同时符合以下条件：',
  posterTitle: (id: number) => `张贴用公示（公示 ${id}）`,
  printTitle: (title: string) => `${title}（打印版）`,
  printLink: '打印版（A4，可张贴）',
  posterLink: '打印张贴用公示（含完整姓名，打印会被记录）',
  posterNote: '本页显示完整姓名，只用于在本村公示栏张贴。打印已记录在操作日志中。请勿拍照外传。',
  printNote: '本页为公示的打印版，姓名按网上公示的方式部分隐去。',
  print: '打印本页',
  issuingBody: '发布单位',
  period: '公示期',
  postedOn: '张贴日期',
  seal: '（盖章）',
  sealLabel: '盖章处',
  howToObject: '对名单有异议，怎么反映',
  until: (deadline: string) => `请在 ${deadline} 以前提出。`,
  inPerson: (place: string) => `当面：${place}`,
  phone: (phone: string) => `电话：${phone}`,
  letter: (body: string) => `书面：写信寄给${body}`,
  online: (url: string) => `网上查看本公示：${url}`,
  qrLabel: (url: string) => `二维码，扫码打开网上公示：${url}`,
  qrCaption: '扫码查看网上公示',
  fingerprint: '公示指纹',
  fingerprintNote: '核对方法：打开网上公示，页面上的“公示指纹”与此处相同，说明纸质公示与网上一致。',
  fingerprintPublic: '公示指纹（核对纸质公示用）',
  listTitle: (n: number) => `拟帮扶对象名单（共 ${n} 户）`,
  listCaptionFull: (n: number) => `拟帮扶对象名单，共 ${n} 户，显示完整姓名（张贴用）。`,
  listHidden: '名单不再公开。',
  notPostable: '这条公示不在公示中（草稿、已撤回或已被更正），不能打印张贴用公示。',
  notPostableTitle: '不能打印',
  backToNotice: '返回公示',
} as const;
