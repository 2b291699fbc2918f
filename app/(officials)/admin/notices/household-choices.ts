// The draft form's checkbox options: each household by full name (for officials who may see it),
// with the masked name the public will see and the facts that make it eligible.
import type { Choice } from '@/components/ui/choice-list';
import type { DraftHousehold } from '@/lib/data/officials/notices';
import { zhAdminNotices } from '@/lib/i18n/zh-admin-notices';
import { formatYuan, zh } from '@/lib/i18n/zh';

export function householdChoices(households: readonly DraftHousehold[]): Choice[] {
  const t = zhAdminNotices.household;
  return households.map((h) => ({
    value: String(h.id),
    label: t.label(h.fullName, h.maskedName),
    hint: t.facts({
      sex: zh.sex[h.sex],
      age: h.age,
      group: h.villageGroup,
      category: zh.categories[h.disabilityCategory] ?? '',
      grade: zh.grades[h.disabilityGrade] ?? '',
      size: h.householdSize,
      disabled: h.disabledMembers,
      income: formatYuan(h.incomePerCapita),
    }),
  }));
}
