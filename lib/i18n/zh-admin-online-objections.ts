// Officials' text for objections lodged online (issue 9 item 4): the triage section of a notice's page
// (accept, or reject as not an objection with a public reason) and the postmark of late letters (item 5).
export const zhAdminOnlineObjections = {
  title: '网上提交的异议',
  titleCount: (n: number) => `网上提交、待受理的异议（${n} 件）`,
  open: (reference: string) => `受理或退回 ${reference}`,
  whole: '整份公示',
  pageTitle: (reference: string) => `网上异议 ${reference}`,
  acceptIntro: '属于对本公示的异议：受理后计入本公示，按异议核实、处理，处理理由公开。',
  rejectIntro: '垃圾信息、与本公示无关或不是异议的，写明理由后退回（理由公开，提交人凭查询码可以看到）。',
  back: '返回公示',
  intro:
    '群众在网上提交的异议先在这里受理：属于对本公示的异议的，点“受理”，之后与其他异议一样核实、处理并计入公示；垃圾信息或与本公示无关的，写明理由后“退回”（理由公开）。全部受理或退回后才能办结公示。',
  none: '没有待受理的网上异议。',
  caption: '待受理的网上异议',
  columns: { reference: '编号', received: '提交时间', about: '涉及', summary: '内容（不公开）', action: '受理或退回' },
  accept: '受理',
  reject: '退回（不属于异议）',
  rejectReason: '退回理由（公开）',
  rejectReasonHint: '例如“内容与本公示无关”。不要写提交人的姓名或联系方式。',
  rejectedTitle: '已退回的网上提交',
  errors: {
    notOnline: '这件不是网上提交待受理的异议，可能已经处理过了，请刷新页面。',
    reason: '请写明退回的理由（将公开），例如“内容与本公示无关”。',
    reasonLong: '理由不能超过 500 个字。',
  },
  done: {
    accepted: '已受理，这件异议从现在起计入本公示，请核实后处理。',
    rejected: '已退回：不属于异议，不计入本公示。',
  },
  lateLetters: (end: string) =>
    `公示期已于 ${end} 结束。办结前，只能登记邮戳日期在公示期内（含 ${end}）的信件；邮戳晚于这一天的，按规定不予登记。`,
  postmark: {
    label: '邮戳日期',
    hint: '信件按信封上的邮戳填写（公示期满后登记的信件必填）。公示期内（含最后一天）寄出的信件，在公示办结前都可以登记。',
    missing: '信件须填写邮戳日期（例如 2026-11-30）。',
    invalid: '请按 年-月-日 填写邮戳日期，例如 2026-11-30。',
    before: '邮戳日期早于公示期开始，这封信不是对本公示的异议。',
    after: '邮戳日期晚于公示期结束，按规定不予登记。',
    future: '邮戳日期不能晚于今天。',
    notLetter: '只有信件有邮戳日期：当面、电话等方式请不要填写。',
    closed: '本公示已经办结，不能再登记异议。',
    shown: (date: string) => `邮戳 ${date}`,
  },
};
