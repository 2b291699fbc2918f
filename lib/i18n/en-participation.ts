// English twin of zh-participation.ts: the posting line and left-out household reports (应列未列).
import type { Catalogue } from './catalogue';
import type { zhParticipation } from './zh-participation';

export const enParticipation: Catalogue<typeof zhParticipation> = {
  posting: {
    title: 'Where it was posted',
    postedAt: (place, date) => `Posted at ${place} (${date})`,
  },
  leftOut: {
    statuses: { received: 'Awaiting screening', screened_in: 'Eligible: to be listed in the next notice', not_eligible: 'Screened: not eligible' },
    linkFromVillage: 'Is an eligible household missing from the list? Report it here',
    linkFromNotice: 'Is an eligible household missing from this list? Report it here (this does not hold up the notice)',
    formTitle: (village) => `Report a household that was left out (${village})`,
    formIntro:
      'If you know a household in this village that meets the criteria but was not listed, tell the village and the township here. This is not an objection to the published list and does not hold up closing the notice. The village and the township screen each report; the outcome is published on the village page, without names or other personal data. No sign-in is needed.',
    fromNotice: (title) => `From this notice: ${title}`,
    who: 'Which household should be listed',
    whoHint: 'The head of household’s name, or a description the village can find them by (e.g. “group 3, deaf elderly man living alone”). Seen only by the officials who screen it; never published.',
    why: 'Why it should be listed',
    whyHint: 'For example who holds a disability certificate, the income, and whether someone can work. Seen only by the officials who screen it; never published.',
    contact: 'How to reach you',
    contactHint: 'A name and phone number, so the village can ask you more. Seen only by the officials who screen it; never published.',
    optional: '(optional)',
    submit: 'Send',
    sending: 'Sending…',
    summaryTitle: 'Your report was not sent',
    sentTitle: 'We have received your report',
    sentReference: 'Your reference',
    sentKeep: 'Please keep this reference. The outcome will be shown on this page and on the village page, where you can find it by the reference.',
    referenceTitle: (reference) => `Left-out household report ${reference}`,
    facts: { reference: 'Reference', village: 'Village', received: 'Received', status: 'State', screened: 'Screened', reason: 'Reason' },
    listTitle: 'Households reported as left out',
    listIntro: 'Households that villagers or officials reported as eligible but not listed, and the outcome of screening. No names or other personal data are shown.',
    listNone: 'No household of this village has been reported as left out.',
    listCaption: (village) => `Households reported as left out in ${village}, and the outcomes`,
    backToVillage: (village) => `Back to ${village}`,
    notVillage: 'Left-out households can be reported only for a village committee.',
    notFoundTitle: 'No report has this reference',
    errors: {
      fixFields: 'Please correct the fields marked below.',
      badField: 'This field could not be read. Please fill it in again.',
      village: 'Please start from the village’s page.',
      notVillage: 'Left-out households can be reported only for a village committee.',
      notice: 'This notice is not of this village. Please start from the village’s notice page.',
      who: 'Please say which household should be listed (a name, or how to find them).',
      whoLong: 'This field can be at most 100 characters.',
      why: 'Please say why the household should be listed.',
      whyLong: 'This field can be at most 1,000 characters.',
      contactLong: 'How to reach you can be at most 100 characters.',
      outage: 'The system cannot save right now. Please try again later. Nothing you typed was saved.',
    },
  },
};
