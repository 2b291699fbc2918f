// The field labels the error summary links to, shared by the account forms.
import { zhAdminAccounts } from '@/lib/i18n/zh-admin-accounts';

const f = zhAdminAccounts.fields;

export const accountLabels: Record<string, string> = {
  username: f.username,
  displayName: f.displayName,
  role: f.role,
  regionCode: f.regionCode,
  password: f.password,
};
