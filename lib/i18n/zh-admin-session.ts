// Interface text of sessions (登录会话): their end in the admin header, the sign-in page's notices,
// 退出所有设备 on /admin/password.
export const zhAdminSession = {
  endsAt: (time: string, idleMinutes: number) => `本次登录在 ${time} 前有效，闲置 ${idleMinutes} 分钟会自动退出。`,
  expired: (idleMinutes: number, hours: number) =>
    `会话已过期：闲置超过 ${idleMinutes} 分钟或登录已满 ${hours} 小时，系统已自动退出。请重新登录，登录后回到原来的页面。`,
  signedOutEverywhere: '您已在所有设备上退出登录，别处的登录也已失效。',
  everywhere: {
    title: '退出所有设备',
    intro: '如果在别的电脑或手机上登录后忘了退出，或怀疑别人用过您的账号，可以让您在所有设备上的登录立即失效，本设备也会退出。',
    submit: '退出所有设备',
  },
} as const;
