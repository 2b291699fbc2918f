// Interface text of the display switch (large print, high contrast) in the header of every public page.
export const zhDisplay = {
  label: '阅读设置',
  large: '大字',
  contrast: '高对比',
  // Answers of POST /display to a request that no form of ours sends.
  otherSite: '请从本网站的页面上切换显示方式。',
  invalid: '显示设置无效：请用页面上方的“大字”“高对比”按钮切换。',
  // Answer of GET /language (the “English” / “中文” link) to a language it does not know.
  invalidLanguage: '语言无效：请用页面上方的“English”或“中文”链接切换。',
};
