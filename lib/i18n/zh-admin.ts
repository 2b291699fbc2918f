// Interface text of the officials' pages (shared parts). Each area keeps its own text in
// lib/i18n/zh-admin-<area>.ts.
import type { Role } from '../domain/permissions';
import { zhFieldMarks } from './zh-field-marks';

export const zhAdmin = {
  roles: {
    village: '村党组织',
    township_party: '乡镇党委',
    township_dpf: '乡镇残联',
    county_dpf: '县残联',
    county_org: '县委组织部',
    city: '市委组织部、市残联',
    admin: '系统管理员',
  } satisfies Record<Role, string>,
  errors: {
    signedOut: '登录已失效，请重新登录后再操作。',
    role: '您的岗位没有这项操作的权限。',
    region: '这条记录不在您负责的地区内，不能查看或修改。',
    fixFields: '请修改下列标出的内容后再提交。',
    /** A field the form cannot have sent as it is (a file, or twice, where one text was expected). */
    badField: '这一项的内容无法识别，请刷新页面后重新填写。',
    /** Text with a control character or a broken character (pasted from another program, or forged). */
    untypeable: '这一项含有无法显示的字符（例如控制字符），请删去后再提交。',
    conflict: '有人同时修改了这条记录，请刷新页面后再试。',
    notFound: '找不到这条记录，可能已被删除或地址有误。',
    otherSite: '这项操作只能从本系统的页面提交，请回到页面上重新操作。',
    summaryTitle: '提交没有成功',
  },
  nav: {
    label: '工作台导航',
    dashboard: '工作台',
    households: '帮扶对象',
    notices: '公示',
    accounts: '账号管理',
    signOut: '退出登录',
    signedInAs: (name: string, role: string, region: string) => `${name}（${role} · ${region}）`,
  },
  login: {
    title: '工作人员登录',
    intro: '本页面供村、乡镇、县和市的工作人员使用。群众查看公示不需要登录。',
    username: '用户名',
    password: '密码',
    submit: '登录',
    invalid: '用户名或密码不正确。',
    // The three throttles of lib/auth/credentials.ts; `time` is China time, e.g. '2026年11月28日 14:05'.
    locked: (time: string) =>
      `此用户名在您这里连续5次密码错误，已暂停从您这里登录，请在北京时间 ${time} 以后再试。其他地点的登录不受影响；忘记密码请联系系统管理员重置。`,
    addressLocked: (time: string) => `从您这里登录失败的次数过多，已暂停从您这里登录，请在北京时间 ${time} 以后再试。`,
    slowed: '此用户名近一小时登录失败次数过多，现在每分钟只能尝试一次，请1分钟后再试。',
    missing: '请填写用户名和密码。',
    signedOut: '您已退出登录。',
  },
  form: {
    saving: '正在提交…',
    ...zhFieldMarks,
  },
} as const;
