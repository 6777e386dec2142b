import { isAdmin, type Rule } from './predicates.ts';

/**
 * Who may do what with webhooks: the admin alone. An endpoint receives events of the whole
 * network, and its secret signs them.
 */
export const webhooksRules = {
  'webhook.manage': isAdmin,
  'webhook.read': isAdmin,
} satisfies Record<string, Rule>;
