// The printable notice and the eligibility criteria in English (twin of zh-poster.ts). The officials'
// board poster itself stays Chinese (officials' pages are Chinese only); the public print page follows
// the visitor's language.
import type { Catalogue } from './catalogue';
import { formatYuan } from './zh';
import type { zhPoster } from './zh-poster';

/** Who is eligible, in plain words (twin of eligibilityCriteria in zh-poster.ts). */
export function englishEligibilityCriteria(programme: { incomeThreshold: number }): string[] {
  return [
    'The household is a rural household (registered in this village).',
    'At least one member of the household is disabled and holds a disability certificate of the People’s Republic of China.',
    `The household’s net income per person per year is below ${formatYuan(programme.incomeThreshold)} yuan.`,
    'The household can work and is willing to raise its income by working.',
  ];
}

export const enPoster: Catalogue<typeof zhPoster> = {
  criteriaTitle: 'Who is eligible',
  criteriaIntro: 'A household on the list must meet all of these conditions:',
  posterTitle: (id: number) => `Notice ${id} for the village board`,
  printTitle: (title: string) => `${title} (print version)`,
  printLink: 'Print version (A4, for posting)',
  posterLink: 'Print the notice for the village board (full names; printing is recorded)',
  posterNote: 'This page shows full names and is only for posting on the village board. Printing is recorded in the audit log. Do not photograph and share it.',
  printNote: 'This is the print version of the notice; names are partly hidden, as online.',
  print: 'Print this page',
  issuingBody: 'Issued by',
  period: 'Notice period',
  postedOn: 'Posted on',
  seal: '(seal)',
  sealLabel: 'Space for the seal',
  howToObject: 'How to object to the list',
  until: (deadline: string) => `Please object ${deadline}.`,
  inPerson: (place: string) => `In person: ${place}`,
  phone: (phone: string) => `By phone: ${phone}`,
  letter: (body: string) => `By letter, addressed to ${body}`,
  online: (url: string) => `This notice online: ${url}`,
  qrLabel: (url: string) => `QR code; scan it to open the notice online: ${url}`,
  qrCaption: 'Scan to open the notice online',
  fingerprint: 'Notice fingerprint',
  fingerprintNote: 'To check: open the notice online; if its “notice fingerprint” is the same as here, the paper matches the notice online.',
  fingerprintPublic: 'Notice fingerprint (to check a printed notice)',
  listTitle: (n: number) => `Proposed households (${n})`,
  listCaptionFull: (n: number) => `Proposed households, ${n} in all, with full names (for the board).`,
  listHidden: 'The list is no longer published.',
  notPostable: 'This notice is not open (a draft, withdrawn or replaced); it cannot be printed for the board.',
  notPostableTitle: 'Cannot print',
  backToNotice: 'Back to the notice',
};
