import { useState } from 'react';
import { ApiError, api, write } from '../../api/client.ts';
import type { Fact } from '../../api/types.ts';
import { FormErrors } from '../../components/FormErrors.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ArticleText } from './ArticleText.tsx';
import { FactSummary } from './FactSummary.tsx';

/** Paste or upload an article, preview the extracted facts in the text, then store it for review. */
export function IngestForm({ onIngested }: { onIngested: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [published, setPublished] = useState('');
  const [facts, setFacts] = useState<Fact[] | null>(null);
  const [previewed, setPreviewed] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    } finally {
      setBusy(false);
    }
  };

  const preview = () =>
    run(async () => {
      const answer = await write(
        api.POST('/api/v1/extract', { body: { text, published: published || null } }),
      );
      setFacts(answer.facts);
      setPreviewed(text);
    });

  const ingest = () =>
    run(async () => {
      const answer = await write(
        api.POST('/api/v1/sources/ingest', {
          body: { text, url: url || null, published: published || null },
        }),
      );
      // Asked without `Prefer: respond-async`, the answer is the ingestion itself, never a job.
      setNotice(t('review.ingested', { count: 'candidates' in answer ? answer.candidates.length : 0 }));
      onIngested();
    });

  return (
    <form className="card" aria-labelledby="ingest-title" onSubmit={(e) => (e.preventDefault(), preview())}>
      <h2 id="ingest-title">{t('review.ingest')}</h2>
      <label className="field" htmlFor="article-text">
        <span>{t('review.text')}</span>
        <textarea
          id="article-text"
          rows={8}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="form-grid">
        <label className="field" htmlFor="article-file">
          <span>{t('review.upload')}</span>
          <input
            id="article-file"
            type="file"
            accept=".txt,.md,.html,.htm,text/plain,text/html,text/markdown"
            onChange={(e) => e.target.files?.[0]?.text().then(setText)}
          />
        </label>
        <label className="field" htmlFor="article-url">
          <span>{t('field.source')}</span>
          <input
            id="article-url"
            type="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label className="field" htmlFor="article-published">
          <span>{t('review.published')}</span>
          <input
            id="article-published"
            type="date"
            value={published}
            onChange={(e) => setPublished(e.target.value)}
          />
        </label>
      </div>
      <FormErrors error={error} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || !text}>
          {t('review.preview')}
        </button>
        <button type="button" className="secondary" disabled={busy || !text} onClick={ingest}>
          {t('review.store')}
        </button>
      </div>
      {facts && (
        <div className="preview" aria-live="polite">
          <h3>{t('review.facts', { count: facts.length })}</h3>
          <ol data-testid="preview-facts">
            {facts.map((fact, i) => (
              <li key={i}>
                <FactSummary fact={fact} />
              </li>
            ))}
          </ol>
          <ArticleText text={previewed} facts={facts} />
        </div>
      )}
    </form>
  );
}
