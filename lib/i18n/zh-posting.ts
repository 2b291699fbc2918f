// Interface text of the posting record (张贴记录, issue 9 item 2): the officials' form on the notice
// page and the line the public notice page shows.
import { formatChinaDate, formatChinaDateTime } from '@/lib/domain/time';

export const POSTING_PHOTO_MAX_BYTES = 1024 * 1024;

export const zhPosting = {
  title: '张贴记录',
  intro: '公示发布后，请记录在哪里、什么时候张贴了公示。可以记录多处（如村委会公开栏和各村民小组的公开栏）。',
  none: '还没有张贴记录。',
  caption: '本公示的张贴记录',
  columns: { place: '张贴地点', postedAt: '张贴时间', photo: '公开栏照片', recordedBy: '记录人' },
  photoLink: (id: number) => `查看照片（记录 ${id}）`,
  noPhoto: '无',
  formTitle: '记录一次张贴',
  place: '张贴地点',
  placeHint: '例如：平安村村委会门前公开栏。不要写门牌号或个人住址。',
  date: '张贴日期',
  dateHint: '例如 2026-11-30，不能早于发布日期，不能晚于今天。',
  time: '张贴时间',
  timeHint: '24 小时制，例如 09:30（北京时间）。',
  photo: '公开栏照片',
  photoHint: 'JPEG、PNG 或 WebP，不超过 1 MB。照片上有完整姓名，只给工作人员看，不会在网上公开；服务器会去掉照片中的位置等信息。',
  submit: '保存张贴记录',
  photoPrivate: '照片上有完整姓名，只在工作人员页面显示，不在网上公开。',
  recorded: '已保存张贴记录。',
  notTaken: '只有已发布或已结束的公示可以记录张贴。',
  errors: {
    noticeId: '请从公示页面记录张贴。',
    notFound: '找不到这条公示。',
    place: '请填写张贴地点。',
    placeLong: '张贴地点不能超过 100 个字。',
    date: '请按 2026-11-30 的格式填写张贴日期。',
    time: '请按 09:30 的格式填写张贴时间（24 小时制）。',
    future: '张贴时间不能晚于现在。',
    beforePublication: (publishedAt: Date) => `张贴时间必须晚于公示发布时间（${formatChinaDateTime(publishedAt)}）。`,
    notTaken: '这条公示没有发布，或已撤回、已被更正，不能记录张贴。',
    photoType: '照片只能是 JPEG、PNG 或 WebP 格式。',
    photoSize: '照片不能超过 1 MB，请缩小后再上传。',
    photoContent: '这个文件不是能打开的图片，请换一张照片。',
  },
  /** The public notice page: 张贴于<place>（<date>）. */
  postedAt: (place: string, at: Date) => `张贴于${place}（${formatChinaDate(at)}）`,
  publicTitle: '张贴情况',
};
