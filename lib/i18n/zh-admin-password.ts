// Interface text of 修改密码 (/admin/password): every official changes their own password here, and
// an account with a one-time password (from setup or an administrator's reset) must do so first.
export const zhAdminPassword = {
  pageTitle: '修改密码',
  title: '修改密码',
  intro: '修改后，您在其他设备上的登录会立即失效。',
  oneTime: '您正在使用一次性密码登录。请先设置自己的新密码，之后才能使用工作台的其他功能。',
  link: '修改密码',
  fields: {
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '再次输入新密码',
  },
  hints: {
    currentPassword: '如果是第一次登录，就是管理员交给您的一次性密码。',
    newPassword: '至少 12 个字符。可以用一句好记的话，如“前进村 2026 年冬天”。不要告诉别人。',
  },
  submit: '保存新密码',
  done: '密码已修改。以后请用新密码登录。',
  toDashboard: '进入工作台',
  errors: {
    currentRequired: '请填写当前密码',
    currentWrong: '当前密码不正确',
    newRequired: '请填写新密码',
    newShort: '新密码至少要有 12 个字符',
    newLong: '新密码不能超过 128 个字符',
    newSame: '新密码不能与当前密码相同',
    confirmRequired: '请再次输入新密码',
    confirmMismatch: '两次输入的新密码不一致',
  },
} as const;
