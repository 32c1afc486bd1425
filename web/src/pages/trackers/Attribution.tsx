/** The publisher's attribution, shown wherever an edition's figures appear. */
import type { Edition } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function Attribution({ edition }: { edition: Edition }) {
  const { t } = useI18n();
  return (
    <p className="attribution" data-testid="attribution">
      {t('trackers.source')}
      {t('punct.colon')}
      <cite>{edition.attribution}</cite>
      {edition.url && (
        <>
          {' '}
          (
          <a href={edition.url} rel="noopener noreferrer" target="_blank">
            {t('trackers.sourceLink')}
          </a>
          )
        </>
      )}
    </p>
  );
}
