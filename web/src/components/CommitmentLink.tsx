/**
 * A commitment named by its human title ("Germany → Ukraine: 2 Patriot systems (funded purchase),
 * July 2025") where a report gives only its id: the record is read once (the API client caches
 * the GET) and the id stays in the link alone.
 */
import { useApi } from '../api/use-api.ts';
import { useTitleWords } from '../lib/catalogue.tsx';
import { Link } from '../lib/router.tsx';
import { commitmentTitle, lineLabel } from '../lib/titles.ts';

export function CommitmentLink({ id }: { id: string }) {
  const loaded = useApi('/api/v1/commitments/{id}', { path: { id } });
  const words = useTitleWords();
  return (
    <Link href={`/commitments/${encodeURIComponent(id)}`} data-commitment={id}>
      {loaded.state === 'ready' ? commitmentTitle(loaded.data, words) : id}
    </Link>
  );
}

/** Every line of a commitment in words ("2 Patriot systems, about 50 Gepard vehicles"). */
export function CommitmentLines({ id, fallback }: { id: string; fallback: string }) {
  const loaded = useApi('/api/v1/commitments/{id}', { path: { id } });
  const words = useTitleWords();
  if (loaded.state !== 'ready') return <>{fallback || '—'}</>;
  const lines = loaded.data.items.map((line) => lineLabel(line, words)).filter(Boolean);
  return <>{lines.join(', ') || '—'}</>;
}
