// The choices of the role and region selects, built on the server from the one list of roles and
// the regions the administrator may bind an account to.
import type { RegionChoice } from '@/lib/data/officials/accounts';
import { ROLES } from '@/lib/domain/permissions';
import { zhAdmin } from '@/lib/i18n/zh-admin';
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';

export type Option = readonly [value: string, label: string];

export const roleOptions: Option[] = ROLES.map((role) => [role, zhAdmin.roles[role]] as const);

export function regionOptions(choices: readonly RegionChoice[]): Option[] {
  return choices.map((c) => [c.code, zhAdminAccounts.regionOption(c.name, c.parents, c.code)] as const);
}
