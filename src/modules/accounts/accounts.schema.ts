import { z } from 'zod';
import { pageQuery } from '../../lib/pagination.ts';
import { ROLES } from '../../lib/policy.ts';

export const ACCOUNTS_TAG = ['accounts'];

const email = z.email().max(254);
const password = z.string().min(10).max(200);
export const nameSchema = z.string().trim().min(1).max(200);
export const roleSchema = z.enum(ROLES);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  centerIds: z.array(z.string()),
  ssoLinked: z
    .boolean()
    .optional()
    .describe(
      "To admins only: whether the account is linked to an identity at the city's provider (DELETE /api/users/{id}/sso unlinks it)",
    ),
});
export type PublicUser = z.infer<typeof userSchema>;

export const userEnvelope = z.object({ user: userSchema });
export const sessionEnvelope = z.object({ user: userSchema.nullable() });
export const idParams = z.object({ id: z.string().max(100) });

export const loginBody = z.object({ email: z.string().max(254), password: z.string().max(200) });
export const registerBody = z.object({
  email,
  name: nameSchema,
  password,
  language: z
    .enum(['pl', 'en'])
    .optional()
    .describe(
      "The account's language for mail; default: the request's Accept-Language (Polish unless English)",
    ),
});
export type RegisterInput = z.infer<typeof registerBody>;
/** The same answer for a new address and one that has an account (no account enumeration). */
export const registeredSchema = z.object({
  status: z
    .literal('pending_verification')
    .describe('a link to confirm the address was mailed; sign in once it is used'),
});
export type Registered = z.infer<typeof registeredSchema>;

export const verifyBody = z.object({ token: z.string().min(1).max(200) }).strict();
export const verifiedSchema = z.object({
  purpose: z
    .enum(['verify_email', 'change_email'])
    .describe(
      'verify_email: the address given on registration; change_email: the account took the new address',
    ),
  email: z.string().describe("the account's address, now confirmed"),
});
export type Verified = z.infer<typeof verifiedSchema>;

export const ownAccountChangesBody = z
  .object({ name: nameSchema.optional(), email: email.optional() })
  .strict();
export type OwnAccountChanges = z.infer<typeof ownAccountChangesBody>;
export const ownAccountSchema = z.object({
  user: userSchema,
  pendingEmail: z
    .string()
    .nullable()
    .describe(
      'the new address a confirmation link was mailed to; the account keeps its address until it is used',
    ),
});

const tokenSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.date() });
export const tokenBody = z.object({ name: nameSchema });
export const createdTokenSchema = tokenSchema.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;
export const tokenListSchema = z.object({
  items: z.array(tokenSchema.extend({ lastUsedAt: z.date().nullable() })),
  nextCursor: z.null(),
});
export type TokenList = z.infer<typeof tokenListSchema>;

export const passwordResetBody = z.object({ email: z.string().max(254) }).strict();
export const passwordResetConfirmBody = z.object({ token: z.string().min(1).max(200), password }).strict();
export const passwordChangeBody = z
  .object({ currentPassword: z.string().max(200), newPassword: password })
  .strict();

export const sessionListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      createdAt: z.date(),
      lastSeenAt: z.date(),
      expiresAt: z.date(),
      userAgent: z.string().nullable(),
      current: z.boolean().describe('the session this request came with'),
    }),
  ),
  nextCursor: z.null(),
});
export type SessionList = z.infer<typeof sessionListSchema>;

export const userBody = z
  .object({
    email,
    name: nameSchema,
    password: password.optional(),
    roles: z.array(roleSchema).min(1).max(5),
    centerIds: z.array(z.string().max(100)).max(100).optional(),
  })
  .strict();
export type UserInput = z.infer<typeof userBody>;

export const userListQuery = z
  .object({ q: z.string().max(200).optional(), role: roleSchema.optional(), ...pageQuery })
  .strict();
export type UserListQuery = z.infer<typeof userListQuery>;

export const userChangesBody = z
  .object({
    email: email.optional(),
    name: nameSchema.optional(),
    password: password.optional(),
    roles: z.array(roleSchema).min(1).max(5).optional(),
    centerIds: z.array(z.string().max(100)).max(100).optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UserChanges = z.infer<typeof userChangesBody>;
