// The public error pages in English (twin of the public part of zh-outage.ts; the officials' and the
// API's answers stay Chinese).
import type { Catalogue } from './catalogue';
import type { zhOutage } from './zh-outage';

type PublicOutage = Omit<typeof zhOutage, 'admin' | 'api'>;

export const enOutage: Catalogue<PublicOutage> = {
  title: 'The site is not available right now',
  what: 'The site has a fault and cannot read the notices and progress figures at the moment. Your connection is fine.',
  retry: 'Please reload this page in a minute or two.',
  retryButton: 'Reload',
  periodTitle: 'Notice periods are not affected',
  period: 'A notice period runs from the dates stated on the notice; it is not shortened by the site being down.',
  objectTitle: 'You can still object',
  object:
    'To object to a notice’s list, go to the village committee or the township office in person, or call the phone number on the paper notice posted in the village.',
  home: 'Home page',
  reference: 'Fault reference (give it to the officials if you report the fault): ',
};
