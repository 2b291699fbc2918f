// The refusal shown next to a field whose published text contains a personal number
// (lib/domain/personal-numbers.ts).
import type { PersonalNumberKind } from '@/lib/domain/personal-numbers';

const kindNames: Record<PersonalNumberKind, string> = { id: '身份证号', certificate: '残疾人证号', mobile: '手机号' };

export const zhPublishedText = {
  personalNumbers: (kinds: readonly PersonalNumberKind[]) =>
    `这段文字会公开发布，不能含有${kinds.map((k) => kindNames[k]).join('、')}。请删去号码后再提交。`,
} as const;
