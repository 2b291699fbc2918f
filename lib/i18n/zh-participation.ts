// Public text of what villagers do beside a notice (issue 9 items 2 and 6): the posting line on the
// notice page, and reporting a left-out household (应列未列) with its answer and the village's list.
// English twin: en-participation.ts. The officials' text is in zh-posting.ts and zh-left-out.ts.
import type { LeftOutStatus } from '@/lib/domain/left-out';
import type { GuardRefusal } from '@/lib/security/public-form-guard';

export const zhParticipation = {
  posting: {
    title: '张贴情况',
    /** 张贴于<place>（<date>）: the date comes formatted for the page's language. */
    postedAt: (place: string, date: string) => `张贴于${place}（${date}）`,
  },
  leftOut: {
    statuses: { received: '待审核', screened_in: '符合条件，下次公示时列入', not_eligible: '经审核不符合条件' } satisfies Record<LeftOutStatus, string>,
    linkFromVillage: '有符合条件的家庭没有列入名单？点这里反映',
    linkFromNotice: '有符合条件的家庭没有列入本名单？点这里反映（不影响本公示）',
    formTitle: (village: string) => `反映应列未列的家庭（${village}）`,
    formIntro:
      '如果您知道本村有符合帮扶条件的家庭没有被列入名单，请在这里告诉村里和乡镇。这不是对已公示名单的异议，不会影响公示的结束。村和乡镇会审核，审核结果会在本村页面公开（不公开姓名等个人信息）。不需要登录。',
    fromNotice: (title: string) => `从这条公示进入：${title}`,
    who: '应当列入的是谁',
    whoHint: '户主姓名，或者能让村里找到这户的说明（如“三组，独居的聋人老人”）。只给审核的工作人员看，不公开。',
    why: '为什么应当列入',
    whyHint: '例如家里谁持残疾人证、收入情况、能不能劳动。只给审核的工作人员看，不公开。',
    contact: '您的联系方式',
    contactHint: '姓名和电话，方便村里向您了解情况。只给审核的工作人员看，不公开。',
    optional: '（选填）',
    submit: '提交',
    sending: '正在提交…',
    summaryTitle: '提交没有成功',
    sentTitle: '已收到您的反映',
    sentReference: '您的编号',
    sentKeep: '请记下这个编号。审核结果会在本页和本村页面公开，可以凭编号查看。',
    referenceTitle: (reference: string) => `应列未列反映 ${reference}`,
    facts: { reference: '编号', village: '村', received: '收到日期', status: '状态', screened: '审核日期', reason: '理由' },
    listTitle: '应列未列的反映',
    listIntro: '村民或工作人员反映的应当列入而未列入的家庭，以及审核结果。不公开姓名等个人信息。',
    listNone: '本村还没有应列未列的反映。',
    listCaption: (village: string) => `${village}应列未列的反映和审核结果`,
    backToVillage: (village: string) => `返回${village}`,
    notVillage: '只有村委会可以反映应列未列的家庭。',
    notFoundTitle: '没有找到这个编号',
    errors: {
      fixFields: '请改正下面标出的内容。',
      badField: '这一项的内容无法识别，请重新填写。',
      village: '请从本村的页面进入反映。',
      notVillage: '只有村委会可以反映应列未列的家庭。',
      notice: '这条公示不属于本村，请从本村的公示页面进入。',
      who: '请写明应当列入的是谁（姓名或能找到这户的说明）。',
      whoLong: '这一项不能超过 100 个字。',
      why: '请写明为什么应当列入。',
      whyLong: '这一项不能超过 1000 个字。',
      contactLong: '联系方式不能超过 100 个字。',
      outage: '系统暂时无法保存，请稍后再试。您填写的内容没有保存。',
    },
    /** The public forms' guard (lib/security/public-form-guard.ts): nothing is stored on any of these. */
    guard: {
      binary: '提交的内容里有文件或无法识别的数据，没有保存。请只填写文字。',
      oversized: '提交的内容太长，没有保存。请删减后再提交。',
      honeypot: '提交没有被接受。如果您是在浏览器里填写，请清空标有“请勿填写此项”的一栏后再提交。',
      stamp: '表单已失效，没有保存。请重新打开本页再填写。',
      stale: '表单打开太久已失效，没有保存。请核对内容后再提交一次。',
      too_fast: '提交得太快了，没有保存。请核对填写的内容，几秒钟后再提交。',
      address_limit: '您这里最近提交的次数已达上限，没有保存。请一小时后再提交，或直接到村委会反映。',
      scope_limit: '本村今天收到的网上反映已达上限，没有保存。请明天再提交，或直接到村委会反映。',
    } satisfies Record<GuardRefusal, string>,
    honeypotLabel: '请勿填写此项',
  },
};
