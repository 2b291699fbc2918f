// A notice's public history in English (twin of zhAdminDashboard.history and the role names of zhAdmin,
// which the public notice page shows too; lib/i18n/public.ts pairs them as the `history` namespace).
import type { Catalogue } from './catalogue';
import type { zhAdmin } from './zh-admin';
import type { zhAdminDashboard } from './zh-admin-dashboard';

export type HistoryText = typeof zhAdminDashboard.history & { roles: typeof zhAdmin.roles };

export const enHistory: Catalogue<HistoryText> = {
  title: 'History of this notice',
  intro: 'Every step of this notice from publication to its end, oldest first (China time).',
  none: 'Nothing recorded yet.',
  system: 'System',
  actor: (role: string, region: string | null) => (region ? `${role} · ${region}` : role),
  noticeLink: (id: number) => `Notice ${id}`,
  published: 'Notice published; the notice period began',
  publishedCorrection: 'Corrected notice published; the notice period starts again. It corrects: ',
  superseded: 'Replaced by a corrected notice: ',
  objection: (n: number) => `Objection ${n}`,
  objectionRecorded: (label: string, about: string) => `${label} recorded (about ${about})`,
  objectionInvestigated: (label: string) => `Checking of ${label} began`,
  objectionResolved: (label: string, outcome: string) => `${label} decided: ${outcome}`,
  objectionResolvedPlain: (label: string) => `${label} decided`,
  aboutWhole: 'the whole notice',
  aboutEntry: (position: number, maskedName: string) => `no. ${position} ${maskedName}`,
  outcomes: { upheld: 'upheld', dismissed: 'dismissed' },
  closed: 'Notice closed, results published',
  withdrawn: 'Notice withdrawn',
  roles: {
    village: 'Village Party branch',
    township_party: 'Township Party committee',
    township_dpf: 'Township Disabled Persons’ Federation',
    county_dpf: 'County Disabled Persons’ Federation',
    county_org: 'County Party organisation department',
    city: 'City Party organisation department and Disabled Persons’ Federation',
    admin: 'System administrator',
  },
};
