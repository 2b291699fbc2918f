// Who may see the private side of a record beyond its region's ordinary rights: an objector's identity
// (异议提出人) and the record of who read a household's private data.
import { isWithin } from './regions';
import type { Actor, Role } from './permissions';

/** A body (单位) is one role in one region: 乡镇党委 and 乡镇残联 of a township are two bodies. */
export type Body = { role: Role; regionCode: string };

/** The bodies that handle an objection: the one that recorded it, and those that investigated it. */
export type ObjectionBodies = {
  /** The notice's village: every handling body lies within its county. */
  villageCode: string;
  recorder: Body | null;
  investigators: readonly Body[];
};

const COUNTY_ROLES: readonly Role[] = ['county_dpf', 'county_org'];

function sameBody(a: Body, b: Body): boolean {
  return a.role === b.role && a.regionCode === b.regionCode;
}

/**
 * The objector's name and contact go only to the body that recorded the objection, the bodies that
 * investigate it and the county above them. The village whose list is challenged is not told who
 * objected when someone else took the objection, so an objector can go over the village's head.
 */
export function maySeeObjector(viewer: Actor, bodies: ObjectionBodies): boolean {
  const handling = [bodies.recorder, ...bodies.investigators].filter((b): b is Body => b !== null);
  if (handling.some((b) => sameBody(viewer, b))) return true;
  return COUNTY_ROLES.includes(viewer.role) && isWithin(bodies.villageCode, viewer.regionCode);
}

const READS_ROLES: readonly Role[] = ['county_dpf', 'county_org', 'city'];

/** County and city officials see who read a household of their region (查看记录). */
export function maySeeHouseholdReads(viewer: Actor, villageCode: string): boolean {
  return READS_ROLES.includes(viewer.role) && isWithin(villageCode, viewer.regionCode);
}
