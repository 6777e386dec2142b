/** The accounts module: sign-in, sessions, API tokens and users. Other modules import only this file. */
export { authenticate, checkCrossSite, SESSION_COOKIE } from './accounts.auth.ts';
export { actorFromFeedSecret, issueFeedSecret, revokeFeedSecret } from './accounts.feeds.ts';
export { accountsRoutes } from './accounts.routes.ts';
export { ensureAdmin, findUserContact, getUser, pruneSessions } from './accounts.service.ts';
export { startSession } from './accounts.signin.ts';
