/**
 * The words human titles need (web/src/lib/titles.ts): the interface language, party names, and
 * the equipment catalogue's short names and units, read once (the API client caches the GET) and
 * only by pages that show titles.
 */
import { useMemo } from 'react';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useParties } from './parties.tsx';
import type { TitleWords } from './titles.ts';
import { shortName } from '../../../src/domain/wording/item-label.ts';

export { shortName } from '../../../src/domain/wording/item-label.ts';

/** The catalogue titles are worded with (asked for early by pages that show titles first). */
export const catalogueRead = ['/api/v1/equipment', { query: { limit: 1000 } }] as const;

export function useTitleWords(): TitleWords {
  const { locale, t } = useI18n();
  const parties = useParties();
  const loaded = useApi(...catalogueRead);
  const data = loaded.state === 'ready' ? loaded.data : null;
  return useMemo<TitleWords>(() => {
    const byId = new Map((data?.items ?? []).map((e) => [e.id, { name: shortName(e), unit: e.unit }]));
    return { locale, t, party: parties.name, equipment: (id) => byId.get(id) };
  }, [data, locale, t, parties]);
}
