// Interface text of two-factor sign-in (双因素认证, lib/auth/two-factor.ts): the code step of /login,
// enrolment at /admin/two-factor, and the administrator's reset.
export const zhAdminTwoFactor = {
  pageTitle: '双因素认证',
  title: '双因素认证',
  link: '双因素认证',
  required: '您的岗位可以查看和导出身份证号，必须先开启双因素认证，之后才能使用工作台的其他功能。',
  optional: '开启后，登录时除密码外还要输入手机认证器应用（如 Microsoft Authenticator、Google 身份验证器）显示的动态验证码。',
  enrolled: '您已开启双因素认证。如果手机丢失，请用恢复码登录，并请系统管理员重置。',
  stepScan: '第一步：用手机上的认证器应用扫描下面的二维码。',
  qrLabel: '二维码：在认证器应用中添加本账号',
  stepManual: '无法扫描时，请在应用中选择“输入设置密钥”，输入下面的密钥（基于时间）：',
  stepConfirm: '第二步：输入应用中显示的 6 位动态验证码，确认已添加成功。',
  fields: { code: '动态验证码' },
  codeHint: '6 位数字，每 30 秒更换一次。',
  submit: '开启双因素认证',
  codesTitle: '恢复码',
  codesIntro:
    '双因素认证已开启。下面是 10 个恢复码，只显示这一次。请抄写或打印后妥善保管：手机不在身边时，每个恢复码可以代替动态验证码登录一次。',
  toDashboard: '我已保存恢复码，进入工作台',
  errors: {
    codeRequired: '请填写动态验证码',
    codeWrong: '动态验证码不正确或已过期，请输入应用中当前显示的 6 位数字',
    secretBad: '页面已过期，请刷新页面后重新扫描二维码',
  },
  // The code step of /login.
  login: {
    intro: '请输入手机认证器应用中显示的 6 位动态验证码。手机不在身边时，可以输入一个恢复码。',
    code: '动态验证码或恢复码',
    codeHint: '动态验证码是 6 位数字；恢复码形如 abcd-efgh-jkmn，每个只能用一次。',
    submit: '验证',
    missing: '请填写动态验证码或恢复码。',
    wrong: '动态验证码不正确或已使用，请等待下一个验证码；也可以输入一个未用过的恢复码。',
    restart: '验证已超时或账号已变更，请重新输入用户名和密码。',
  },
  // The administrator's reset on an account's page.
  reset: {
    title: '重置双因素认证',
    intro: '工作人员丢失手机和恢复码时使用。重置后，此账号下次登录时要重新开启双因素认证。',
    submit: '重置双因素认证',
    done: '已重置双因素认证。该工作人员下次登录时需要重新开启。',
    notEnrolled: '此账号尚未开启双因素认证。',
    ownRefused: '不能重置自己的双因素认证，请联系另一位系统管理员。',
  },
} as const;
