/** Who is signed in (GET /api/v1/auth/me) and what their role lets the interface offer. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { address, arrivedAnswer, clearCache, get, api, write, setCsrfToken } from '../api/client.ts';
import type { Me } from '../api/types.ts';

const anonymous: Me = {
  user: 'public',
  role: 'public',
  party: null,
  csrf_token: null,
  must_change_password: false,
};

export interface Session {
  me: Me;
  ready: boolean;
  signIn: (user: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  changePassword: (current: string, next: string) => Promise<void>;
  /** Mirrors the server's permission map (src/domain/access/permissions.ts). */
  can: {
    writeLedger: boolean;
    review: boolean;
    manageUsers: boolean;
    readAudit: boolean;
  };
  /** A representative writes only their own party's records; a record owned by none is the coordinators'. */
  mayWriteFor: (party: string | null) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: React.ReactNode }) {
  // Asked for before the first render (main.tsx): when its answer is already there, the pages
  // render once for whoever is signed in, not once for the public and again for them.
  const [arrived] = useState(() => arrivedAnswer<'/api/v1/auth/me'>(address('/api/v1/auth/me')));
  const [me, setMe] = useState<Me>(arrived ?? anonymous);
  const [ready, setReady] = useState(arrived !== undefined);

  const adopt = useCallback((next: Me) => {
    setCsrfToken(next.csrf_token);
    clearCache();
    setMe(next);
  }, []);

  // Who sent the cookie every read so far was made with: what they read stays valid.
  useEffect(() => {
    if (arrived) {
      setCsrfToken(arrived.csrf_token);
      return;
    }
    get('/api/v1/auth/me')
      .then(
        (who) => {
          setCsrfToken(who.csrf_token);
          setMe(who);
        },
        () => adopt(anonymous),
      )
      .finally(() => setReady(true));
  }, [adopt, arrived]);

  const value = useMemo<Session>(() => {
    const role = me.role;
    return {
      me,
      ready,
      signIn: async (user, password) => {
        const who = await write(api.POST('/api/v1/auth/login', { body: { user, password } }));
        adopt(who);
        return who;
      },
      signOut: async () => {
        await write(api.POST('/api/v1/auth/logout')).catch(() => undefined);
        adopt(anonymous);
      },
      changePassword: async (current, next) => {
        await write(api.POST('/api/v1/auth/password', { body: { current, next } }));
        adopt({ ...me, must_change_password: false });
      },
      can: {
        writeLedger: role === 'admin' || role === 'coordinator' || role === 'representative',
        review: role === 'admin' || role === 'coordinator' || role === 'analyst',
        manageUsers: role === 'admin',
        readAudit: role === 'admin' || role === 'coordinator' || role === 'representative',
      },
      mayWriteFor: (party) =>
        role === 'admin' ||
        role === 'coordinator' ||
        (role === 'representative' && party !== null && me.party === party),
    };
  }, [me, ready, adopt]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
