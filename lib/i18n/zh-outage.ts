// What the error pages and the API's error answers say. Kept apart from zh.ts so that the error
// boundaries (Client Components) carry only these few lines to the browser.
export const zhOutage = {
  title: '网站暂时打不开',
  what: '网站出了故障，暂时读不到公示和进度信息。您的网络没有问题。',
  retry: '请过一两分钟再刷新本页。',
  retryButton: '重新加载',
  periodTitle: '公示期不受影响',
  period: '网站暂时打不开，不影响公示期：公示期按公示上写明的起止日期计算，不会因为网站故障缩短。',
  objectTitle: '仍然可以提出异议',
  object:
    '对公示名单有异议的，可以到村委会或乡镇（街道）当面反映，也可以拨打张贴在村里的纸质公示上写明的联系电话。',
  home: '回到首页',
  reference: '故障编号（向工作人员反映时可提供）：',
  admin: {
    title: '系统暂时无法使用',
    what: '数据库暂时无法访问，刚才的操作可能没有完成。已经保存的数据不会丢失。',
    retry: '请过一两分钟再试一次；如果刚才在提交表单，请先刷新页面，确认是否已经保存，再决定是否重新提交。',
    back: '回到工作台',
    notFoundTitle: '找不到这个页面',
    notFoundBody: '地址可能输错了，或者这条记录不在您负责的地区。请从工作台重新进入。',
  },
  api: {
    unavailable: '数据库暂时无法访问，请过一两分钟再试。',
    internal: '服务器出了故障，请稍后再试。',
    down: '网站暂时无法访问，请过一两分钟再试。', // nginx's answer when no instance answers (deploy/nginx/unavailable.json)
  },
} as const;
