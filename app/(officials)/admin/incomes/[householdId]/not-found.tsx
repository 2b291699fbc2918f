// The help pages' words: a household outside the region reads as one that does not exist.
export { default } from '../../help/[householdId]/not-found';
