// Public text of the duties (issue 10 item 5) on a county's page: Party development counts per stage
// (measure 5; the records themselves are private) and the joint meetings' public summaries.
import type { PartyStage } from '@/lib/domain/duties';

export const zhDuties = {
  party: {
    title: '发展残疾人党员',
    intro: '本县帮扶对象中，按入党阶段统计的人数。个人记录不公开。',
    caption: '发展残疾人党员：各阶段人数',
    stage: '阶段',
    count: '人数',
    stages: {
      applicant: '入党申请人',
      activist: '入党积极分子',
      candidate: '发展对象',
      probationary: '预备党员',
      member: '党员',
    } satisfies Record<PartyStage, string>,
    none: '暂无记录。',
  },
  meetings: {
    title: '联席会议',
    intro: '县委组织部、县残联等部门共同研究工程中的问题。以下是会议公开的摘要。',
    none: '暂无公开的会议摘要。',
  },
};
