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
    newPassword: '至少 12 个字符，不能包含用户名、地名或地区代码，也不能是常见密码。可以用几个不相关的词组成一句好记的话。不要告诉别人。',
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
  // The password policy (lib/domain/password-policy.ts), for every password an official or an
  // administrator sets. Each message says what to change.
  policy: {
    short: '密码至少要有 12 个字符：请加长，例如用几个词组成一句话',
    long: '密码不能超过 128 个字符',
    username: '密码不能包含用户名：用户名别人很容易知道，请换成与它无关的词',
    regionCode: (code: string) => `密码不能包含地区代码 ${code}：地区代码是公开的，请去掉它，换成别人猜不到的内容`,
    regionName: (name: string) => `密码不能包含地区名称“${name}”：人人都知道本单位在哪里，请换成与地名无关的词`,
    weak: {
      common: '密码太常见，容易被猜到：请换成几个不相关的词组合，或加长到 16 个字符以上',
      keyboard: '密码是键盘上挨着的一串键（如 qwerty、1qaz2wsx），容易被猜到：请换成几个不相关的词组合',
      repeat: '密码里有重复的字符或片段（如 aaaa、abcabc），容易被猜到：请去掉重复，换成几个不相关的词',
      sequence: '密码里有连续的字母或数字（如 abcd、123456），容易被猜到：请去掉它们，换成几个不相关的词',
      date: '密码里的年份或日期容易被猜到：请去掉日期，或再加几个不相关的词',
      word: '单独一个词或常见人名容易被猜到：请再加几个不相关的词，组成一句话',
      personal: '密码用了用户名、单位名称或地名，容易被猜到：请换成与本单位无关的词',
      other: '密码太容易被猜到：请加长到 16 个字符以上，或用几个不相关的词组成一句话',
    },
  },
} as const;
