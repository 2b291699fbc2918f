// A file input after the form comes back (more rows, or a refusal): a browser cannot refill one, so the
// message next to the field says to choose the file again (lib/actions/households.ts askPhotoAgain).
export const zhAdminFileInputs = {
  photoAgain: (fileName: string) =>
    `请重新选择照片：刚才选择的${fileName ? `“${fileName}”` : '照片'}没有随表格保留（表格返回后，浏览器不会保留已选择的文件）。`,
  /** After the "add rows" button's hint. */
  moreRowsPhoto: '已选择的照片不会保留，增加空行后请重新选择。',
} as const;
