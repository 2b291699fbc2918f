// Who may do what, where: role × action × region. The single source of truth for every Server Action,
// route handler and data function that reads private data or writes. An official acts on the region
// bound to the account and everything below it, nothing else.
import { isWithin, type RegionLevel } from './regions';

export const ROLES = ['village', 'township_party', 'township_dpf', 'county_dpf', 'county_org', 'city', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'dashboard.view',
  'household.view', // private fields: certificate, phone, address, photo
  'household.register',
  'notice.view', // every notice of the region, drafts included
  'household.update',
  'notice.draft', // create and edit a draft
  'notice.publish',
  'notice.withdraw',
  'notice.correct',
  'notice.close',
  'objection.view', // objection text and objector: private
  'objection.record',
  'objection.resolve', // investigate, then uphold or dismiss
  'notice.post', // 张贴记录: where and when the notice was posted, with the board photo
  'leftout.view', // 应列未列 reports with who, why and the reporter's contact: private
  'leftout.record', // an official records a report brought in person
  'leftout.screen', // screened in for the next notice, or not eligible, with a public reason
  'approval.decide', // 审批: each role decides its own step (approvalStepOf)
  'roster.export', // 汇总名册
  'help.record', // pairing, helpers, projects, guarantees, jobs, loans, funding
  'visit.record', // 定期回访
  'income.record',
  'income.confirm', // the county confirms a year's income; at or above the threshold = out of poverty
  'allocation.set', // 年度任务分配计划
  'summary.write', // 总结验收
  'summary.view',
  'training.record', // 实用技术培训
  'party.record', // 发展残疾人党员 (measure 5): private stages and dates
  'meeting.record', // 联席会议 of a county
  'inspection.record', // 督导检查 of a region below, and the state of its required fixes
  'workfile.view', // 工作档案 of a township or county
  'audit.view',
  'account.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const officials: Role[] = ['village', 'township_party', 'township_dpf', 'county_dpf', 'county_org', 'city'];

// The survey is done by the county DPF with township DPFs and village Party organisations; the notice
// is a village's own act (以村为单位公示); objections may be lodged with the village or the township.
const RULES: Record<Action, readonly Role[]> = {
  'dashboard.view': officials,
  'household.view': officials,
  'household.register': ['village', 'township_dpf', 'county_dpf'],
  'notice.view': officials,
  'household.update': ['village', 'township_dpf', 'county_dpf'],
  'notice.draft': ['village'],
  'notice.publish': ['village'],
  'notice.withdraw': ['village'],
  'notice.correct': ['village'],
  'notice.close': ['village'],
  'objection.view': ['village', 'township_party', 'township_dpf'],
  'objection.record': ['village', 'township_party', 'township_dpf'],
  'objection.resolve': ['village', 'township_party'],
  // Any official of the village or above may record a posting (a township may post on the village's board).
  'notice.post': officials,
  // Left-out households go to the village and the township for screening; the county above may read them.
  'leftout.view': ['village', 'township_party', 'township_dpf', 'county_dpf', 'county_org'],
  'leftout.record': ['village', 'township_party', 'township_dpf'],
  'leftout.screen': ['village', 'township_party', 'township_dpf'],
  'approval.decide': ['village', 'township_party', 'township_dpf', 'county_dpf', 'county_org'],
  'roster.export': ['township_dpf', 'county_dpf', 'county_org', 'city'],
  'help.record': ['village', 'township_party', 'township_dpf', 'county_dpf'],
  'visit.record': ['village', 'township_party', 'township_dpf'],
  'income.record': ['village', 'township_dpf', 'county_dpf'],
  'income.confirm': ['county_dpf', 'county_org'],
  'allocation.set': ['city'],
  'summary.write': ['county_dpf', 'county_org'],
  'summary.view': ['county_dpf', 'county_org', 'city'],
  // The duties of issue 10 item 5. Training is a help measure (措施2: technology); Party members are
  // developed by the village Party organisation, with the township Party committee and the county
  // Organisation Department; 组织部 and 残联 hold joint meetings; the city and counties inspect (督导检查).
  'training.record': ['village', 'township_party', 'township_dpf', 'county_dpf'],
  'party.record': ['village', 'township_party', 'county_org'],
  'meeting.record': ['county_dpf', 'county_org'],
  'inspection.record': ['county_dpf', 'county_org', 'city'],
  'workfile.view': ['township_party', 'township_dpf', 'county_dpf', 'county_org', 'city'],
  'audit.view': ['county_org', 'city', 'admin'],
  'account.manage': ['admin'],
};

export type Actor = { role: Role; regionCode: string };

/** True when the role may take the action at all (somewhere). */
export function roleMay(role: Role, action: Action): boolean {
  return RULES[action].includes(role);
}

/** True when `actor` may take `action` on something in `regionCode`. */
export function can(actor: Actor, action: Action, regionCode: string): boolean {
  return roleMay(actor.role, action) && isWithin(regionCode, actor.regionCode);
}

export type Refusal = 'role' | 'region';

/** Why `can` said no: the role never may, or the target lies outside the official's region. */
export function refusal(actor: Actor, action: Action, regionCode: string): Refusal | null {
  if (!roleMay(actor.role, action)) return 'role';
  if (!isWithin(regionCode, actor.regionCode)) return 'region';
  return null;
}

export const APPROVAL_STEPS = ['village', 'township_party', 'township_dpf', 'county_dpf', 'county_org'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

/** The approval step a role decides: 村党组织 → 乡镇党委 → 乡镇残联 → 县残联 → 县委组织部. */
export function approvalStepOf(role: Role): ApprovalStep | null {
  return (APPROVAL_STEPS as readonly string[]).includes(role) ? (role as ApprovalStep) : null;
}

/** The level of region each role is bound to: a village Party organisation to its village, and so on. */
export const ROLE_REGION_LEVEL: Record<Role, RegionLevel> = {
  village: 'village',
  township_party: 'township',
  township_dpf: 'township',
  county_dpf: 'county',
  county_org: 'county',
  city: 'city',
  admin: 'city',
};
