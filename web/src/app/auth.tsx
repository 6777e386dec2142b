import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { post, read, send } from '../api/client.ts';
import type { ResponseBody } from '../api/types.ts';

export type User = ResponseBody<'/api/auth/me', 'get'>['user'];
export type Role = User['roles'][number];

type Auth = {
  user: User | null;
  loading: boolean;
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
  has: (...roles: Role[]) => boolean;
  isStaff: boolean;
};

const AuthContext = createContext<Auth | null>(null);

/** The web app's one test of a role; components ask `has` from useAuth, or these helpers. */
const hasRole = (user: User | null, roles: readonly Role[]) =>
  !!user && roles.some((role) => user.roles.includes(role));

/** Where a person lands after signing in: staff, advisors and observers work in the console. */
export function homeOf(user: User): '/console' | '/my' {
  return hasRole(user, ['admin', 'coordinator', 'advisor', 'observer']) ? '/console' : '/my';
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    // GET /api/auth/session answers 200 {user: null} for the anonymous: no 401 in the console.
    queryFn: async () => (await read('/api/auth/session')).user,
    staleTime: 60_000,
  });
  const user = me.data ?? null;
  const loading = me.isPending;
  // The same value while the user is the same: its readers render again only when it changes.
  const value = useMemo<Auth>(() => {
    const has = (...roles: Role[]) => hasRole(user, roles);
    return {
      user,
      loading,
      has,
      isStaff: has('admin', 'coordinator'),
      async signIn(email, password) {
        const { user: signedIn } = await send('post', '/api/auth/login', { body: { email, password } });
        replaceUser(queryClient, signedIn);
        return signedIn;
      },
      async signOut() {
        await post('/api/auth/logout');
        replaceUser(queryClient, null);
      },
    };
  }, [user, loading, queryClient]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/**
 * A new user (signed in, signed up, signed out): the previous user's cached answers go, but the
 * ['me'] query stays in the cache, so the observers of useAuth see the new user at once
 * (queryClient.clear() would leave them watching a removed query until something re-rendered them).
 */
export function replaceUser(queryClient: QueryClient, user: User | null) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
  queryClient.setQueryData(['me'], user);
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
