// Interface text of account management (账号管理, /admin/accounts): only the system administrator
// creates accounts, changes their role or region, disables them and resets passwords.
import type { RegionLevel } from '../domain/regions';

export const zhAdminAccounts = {
  list: {
    title: '账号管理',
    intro: (region: string) => `${region}范围内所有工作人员的账号。停用的账号不能登录，已登录的也会立即退出。`,
    create: '新建账号',
    caption: (n: number) => `账号列表，共 ${n} 个`,
    none: '还没有账号。',
    noAccess: '只有系统管理员可以管理账号。',
    columns: {
      username: '用户名',
      displayName: '显示名称',
      role: '岗位',
      region: '地区',
      status: '状态',
    },
    regionCell: (name: string, code: string) => `${name}（${code}）`,
  },

  status: { active: '正常', disabled: '已停用' },

  fields: {
    username: '用户名',
    displayName: '显示名称',
    role: '岗位',
    regionCode: '所属地区',
    password: '初始密码',
    newPassword: '新密码',
  },

  hints: {
    username: '3 到 32 个字符，只能用小写英文字母、数字和连字符“-”，如 village-qianjin。大写字母按小写保存。创建后不能修改。',
    displayName: '使用单位的名称，如“平安村党支部”，登录后显示在页面顶部。',
    role: '岗位决定账号能做什么。',
    regionCode: '账号只能处理这个地区及其下级地区的事务。村党组织选村；乡镇党委、乡镇残联选乡镇；县残联、县委组织部选县（市、区）；市委组织部、市残联和系统管理员选市。',
    password: '至少 12 个字符，不能包含用户名、地名或地区代码，也不能是常见密码。请当面或通过电话告诉使用人，不要写在公开场合。',
    newPassword: '至少 12 个字符，不能包含用户名、地名或地区代码，也不能是常见密码。保存后，这个账号原来的登录会立即失效，需要用新密码重新登录。',
  },

  placeholders: { role: '请选择岗位', region: '请选择地区' },

  /** e.g. 平安村委会（洮北区 平安镇 · 220802100201） */
  regionOption: (name: string, parents: readonly string[], code: string) =>
    parents.length > 0 ? `${name}（${parents.join(' ')} · ${code}）` : `${name}（${code}）`,

  levels: {
    city: '市',
    county: '县（市、区）',
    township: '乡镇',
    village: '村',
  } satisfies Record<RegionLevel, string>,

  create: {
    title: '新建账号',
    intro: '为一个单位新建工作人员账号。保存后，把用户名和初始密码交给使用人。初始密码只能用一次：使用人第一次登录后，必须先改成自己的新密码。',
    submit: '新建账号',
    back: '返回账号列表',
  },

  detail: {
    back: '返回账号列表',
    pageTitle: '账号详情',
    title: (username: string) => `账号 ${username}`,
    notFoundTitle: '找不到这个账号',
    notFoundBody: '这个账号不存在，或者不在您管理的地区内。',
    summaryTitle: '账号信息',
    created: '创建时间',
    self: '这是您自己的账号。',
    editTitle: '修改显示名称、岗位和地区',
    editIntro: '修改岗位或地区后，这个账号原来的登录会立即失效，需要重新登录。',
    editSubmit: '保存修改',
    selfRoleNote: '您不能修改自己的岗位，以免系统失去管理员。',
    selfRole: (role: string) => `${role}（不能修改自己的岗位）`,
    otherActions: '其他操作',
    resetPassword: '重置密码',
    disable: '停用账号',
    enable: '启用账号',
    done: {
      created: '账号已创建。请把用户名和初始密码交给使用人；第一次登录后须改成自己的密码。',
      updated: '修改已保存。',
      unchanged: '没有改动，无需保存。',
      disabled: '账号已停用，这个账号已登录的页面会立即退出。',
      enabled: '账号已启用，可以重新登录。',
      password: '密码已重置，这个账号原来的登录已失效。',
      secondFactor: '已重置双因素认证，这个账号原来的登录已失效；下次登录时须重新开启。',
    },
  },

  password: {
    title: (username: string) => `重置 ${username} 的密码`,
    pageTitle: '重置密码',
    intro: '设置一个新密码，然后把它告诉使用人。旧密码立即失效。这是一次性密码：使用人用它登录后，必须先改成自己的新密码。',
    selfNote: '这是您自己的账号，不能在这里重置密码。请到“修改密码”页面，输入当前密码后设置新密码。',
    selfLink: '去修改密码',
    submit: '重置密码',
  },

  toggle: {
    pageTitle: '停用或启用账号',
    disableTitle: (username: string) => `停用账号 ${username}`,
    enableTitle: (username: string) => `启用账号 ${username}`,
    disableIntro: '停用后，这个账号不能再登录，已经登录的页面也会立即退出。账号的记录和操作日志都会保留，以后可以重新启用。',
    enableIntro: '启用后，这个账号可以用原来的密码重新登录。',
    disableSubmit: '停用账号',
    enableSubmit: '启用账号',
    selfNote: '您不能停用自己的账号，以免系统失去管理员。',
    cancel: '取消，返回账号',
  },

  errors: {
    id: '找不到这个账号，请返回账号列表后再试。',
    usernameRequired: '请填写用户名',
    usernameShort: '用户名至少要有 3 个字符',
    usernameLong: '用户名不能超过 32 个字符',
    usernameChars: '用户名只能用小写英文字母、数字和连字符“-”',
    usernameTaken: '这个用户名已经有人使用（不区分大小写），请换一个',
    displayNameRequired: '请填写显示名称，如“平安村党支部”',
    displayNameLong: '显示名称不能超过 50 个字',
    roleRequired: '请选择岗位',
    regionRequired: '请选择所属地区',
    regionShape: '地区代码应为 6 位、9 位或 12 位数字',
    regionUnknown: '找不到这个地区代码，请从列表中选择',
    regionOutside: '这个地区不在您管理的范围内',
    regionFit: (role: string, level: string) => `“${role}”账号的所属地区必须是${level}`,
    passwordRequired: '请填写密码',
    passwordShort: '密码至少要有 12 个字符',
    passwordLong: '密码不能超过 128 个字符',
    selfDemote: '您不能修改自己的岗位：系统至少要保留一个管理员账号。请让另一位管理员修改。',
    selfReset: '不能在这里重置自己的密码：请到“修改密码”页面（/admin/password），输入当前密码后设置新密码。',
    selfDisable: '您不能停用自己的账号：系统至少要保留一个管理员账号。请让另一位管理员停用。',
    alreadyDisabled: '这个账号已经是停用状态。',
    alreadyActive: '这个账号已经是启用状态。',
  },
} as const;
