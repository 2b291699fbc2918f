// The same words as for a household outside the region: the page does not tell whether the visit exists.
export { default } from '../new/not-found';
