// English twin of zh-duties.ts.
import type { Catalogue } from './catalogue';
import type { zhDuties } from './zh-duties';

export const enDuties: Catalogue<typeof zhDuties> = {
  party: {
    title: 'Developing disabled Party members',
    intro: 'People in the county’s helped households, counted by their stage of joining the Party. Individual records are not published.',
    caption: 'Developing disabled Party members: people at each stage',
    stage: 'Stage',
    count: 'People',
    stages: {
      applicant: 'Applicant',
      activist: 'Activist',
      candidate: 'Candidate for membership',
      probationary: 'Probationary member',
      member: 'Full member',
    },
    none: 'Nothing recorded yet.',
  },
  meetings: {
    title: 'Joint meetings',
    intro: 'The county’s Organisation Department, Disabled Persons’ Federation and other bodies meet to settle the programme’s problems. These are the summaries they published (in Chinese).',
    none: 'No published meeting summaries yet.',
  },
};
