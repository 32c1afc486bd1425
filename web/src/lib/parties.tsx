/** Party names in the interface language, loaded once from GET /api/v1/parties. */
import { createContext, useContext, useMemo } from 'react';
import { useApi } from '../api/use-api.ts';
import type { Party } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface Parties {
  list: Party[];
  name: (code: string) => string;
}

/** Every party, read by every page (main.tsx asks for it before the first render). */
export const partiesRead = ['/api/v1/parties', { query: { limit: 1000 } }] as const;

const PartiesContext = createContext<Parties>({ list: [], name: (code) => code });

export function PartiesProvider({ children }: { children: React.ReactNode }) {
  const { locale } = useI18n();
  const loaded = useApi(...partiesRead);
  const data = loaded.state === 'ready' ? loaded.data : null;
  const value = useMemo<Parties>(() => {
    const list = data?.items ?? [];
    const byCode = new Map(list.map((p) => [p.code, p]));
    return { list, name: (code) => byCode.get(code)?.names[locale] ?? code };
  }, [data, locale]);
  return <PartiesContext.Provider value={value}>{children}</PartiesContext.Provider>;
}

export const useParties = (): Parties => useContext(PartiesContext);

/** The states as the options of a select, by their name in the interface language. */
export function StateOptions() {
  const { locale } = useI18n();
  const { list, name } = useParties();
  return list
    .filter((p) => p.kind === 'state')
    .sort((a, b) => name(a.code).localeCompare(name(b.code), locale))
    .map((p) => (
      <option key={p.code} value={p.code}>
        {name(p.code)}
      </option>
    ));
}
