// Chinese messages for the domain error codes in lib/domain. Written for village officials typing in
// a registration form and for villagers reading a notice: say what is wrong and what to do, in plain
// words, without codes. Typed as Record<…> so a new error code fails the build until it has a message.

import type { EligibilityError } from '../domain/eligibility';
import type { IdentityError } from '../domain/identity';
import type { CloseNoticeRefusal, RecordObjectionRefusal, WithdrawRefusal } from '../domain/notice';
import { formatChinaDate } from '../domain/time';

export type DomainError = IdentityError | EligibilityError;

export const zhErrors: Record<DomainError, string> = {
  // 身份证号码 (the first 18 characters of the certificate number)
  id_length: '身份证号码应为18位，请核对位数',
  id_format: '身份证号码前17位应为数字，最后一位为数字或字母X',
  id_birth_date: '身份证号码中的出生日期（第7至14位）不是有效日期，请核对',
  id_checksum: '身份证号码校验位不正确，请逐位核对',
  // 残疾证号
  cert_length: '残疾证号应为20位（补办的证为22位，末尾为B1、B2等），请核对位数',
  cert_category: '残疾证号第19位是残疾类别，应为1至7的数字',
  cert_grade: '残疾证号第20位是残疾等级，应为1至4的数字',
  cert_reissue: '补办的残疾证号末尾应为字母B加1位数字（如B1），请核对',
  // form against certificate
  age_mismatch: '年龄与残疾证号中的出生日期不一致，请核对',
  sex_mismatch: '性别与残疾证号不一致（第17位单数为男、双数为女），请核对',
  category_mismatch: '残疾类别与残疾证号第19位不一致，请核对',
  grade_mismatch: '残疾等级与残疾证号第20位不一致，请核对',
  // eligibility
  income_invalid: '请填写家庭年人均纯收入（元），只填数字',
  income_negative: '家庭年人均纯收入不能是负数',
  income_at_or_above_threshold: '家庭年人均纯收入须低于本工程的收入标准，不符合帮扶条件',
  household_size_invalid: '家庭人口应为1或1以上的整数',
  disabled_members_invalid: '残疾人口应为整数',
  no_disabled_member: '家庭中至少应有1名残疾人',
  disabled_exceeds_size: '残疾人口不能多于家庭人口',
};

/** The message for a code; with the programme threshold, the income message names the amount. */
export function formatError(code: DomainError, params: { threshold?: number } = {}): string {
  if (code === 'income_at_or_above_threshold' && params.threshold !== undefined) {
    const t = params.threshold;
    return `家庭年人均纯收入须低于${t}元，达到或超过${t}元的不符合帮扶条件`;
  }
  return zhErrors[code];
}

export const zhRecordObjectionRefusals: Record<RecordObjectionRefusal, string> = {
  not_published: '该公示不在公示期内（未发布、已撤回或已被更正公示取代），不能登记异议',
  period_ended: '公示期已结束，不能再登记异议',
};

/** With `endedAt` (the exclusive end instant), names the last day of the period. */
export function formatRecordObjectionRefusal(refusal: {
  reason: RecordObjectionRefusal;
  endedAt?: Date;
}): string {
  if (refusal.reason === 'period_ended' && refusal.endedAt !== undefined) {
    // endedAt is 00:00 of the day after the last day, so step back one millisecond.
    const lastDay = formatChinaDate(new Date(refusal.endedAt.getTime() - 1));
    return `公示期已于${lastDay}结束，不能再登记异议`;
  }
  return zhRecordObjectionRefusals[refusal.reason];
}

export const zhCloseNoticeRefusals: Record<CloseNoticeRefusal, string> = {
  not_published: '只有已发布的公示才能办结',
  period_not_ended: '公示期尚未结束，期满后才能办结',
  untriaged_online: '还有网上提交的异议没有受理或退回，处理后才能办结',
  unresolved_objections: '还有异议没有处理完（须认定成立或不成立），处理完后才能办结',
  upheld_whole_notice: '有针对整份公示的异议经核实成立，本公示不能办结，请撤回后重新公示',
};

/** With `count`, says how many objections are still open. */
export function formatCloseNoticeRefusal(refusal: {
  reason: CloseNoticeRefusal;
  count?: number;
}): string {
  if (refusal.reason === 'untriaged_online' && refusal.count !== undefined) {
    return `还有${refusal.count}件网上提交的异议没有受理或退回（在本公示页面的“网上提交的异议”中处理），处理后才能办结`;
  }
  if (refusal.reason === 'unresolved_objections' && refusal.count !== undefined) {
    return `还有${refusal.count}件异议没有处理完（须认定成立或不成立），处理完后才能办结`;
  }
  return zhCloseNoticeRefusals[refusal.reason];
}

export const zhWithdrawRefusals: Record<WithdrawRefusal, string> = {
  not_open:
    '该公示现在不能撤回：只有公示期内的公示，或针对整份公示的异议经核实成立的公示，才能撤回',
};
