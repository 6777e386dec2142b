import { anyOf, has, isAdmin, isStaffOfCenter, type Rule } from './predicates.ts';

/** Admins and observers (the city) read the figures of every centre and of the whole network. */
const readsNetwork: Rule = anyOf(isAdmin, (actor) => has(actor, 'observer'));
/** Coordinators read their own centres' figures; the network report of a coordinator covers those. */
const readsReports: Rule = anyOf(readsNetwork, (actor) => has(actor, 'coordinator'));

/** Who may do what in the reports module. */
export const reportsRules = {
  'report.read': readsReports,
  'report.readNetwork': readsNetwork,
  'report.readCenter': anyOf(readsNetwork, isStaffOfCenter),
  'analytics.read': readsReports,
  'agreement.read': readsReports,
  'agreement.manage': isAdmin,
  /** The statutory report on a public task: coordinators see and write their own centres' drafts. */
  'publicTaskReport.list': readsReports,
  'publicTaskReport.read': anyOf(readsNetwork, isStaffOfCenter),
  'publicTaskReport.manage': isStaffOfCenter,
} satisfies Record<string, Rule>;
