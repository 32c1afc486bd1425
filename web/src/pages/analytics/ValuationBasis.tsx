import type { BurdenReport } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoneyShort } from '../../lib/format.ts';

type KielEdition = BurdenReport['kiel_edition'];
type Range = BurdenReport['totals']['range'];

/** Which Kiel edition the `kiel` valuation basis read, with its attribution, or that there was none. */
export function KielEditionLine({ edition }: { edition: KielEdition }) {
  const { t } = useI18n();
  return (
    <span data-testid="kiel-edition">
      {edition
        ? t('valuation.kiel', { edition: edition.attribution, published: edition.published_on })
        : t('valuation.kielNone')}
    </span>
  );
}

/** "Includes estimated values: from X to Y depending on the valuation basis", when it does. */
export function ValuationRange({
  range,
  currency,
  edition,
}: {
  range: Range;
  currency: string;
  edition: KielEdition;
}) {
  const { t, locale } = useI18n();
  if (!range) return null;
  return (
    <p className="muted" data-testid="valuation-range">
      {t('valuation.range', {
        low: formatMoneyShort(range.low.amount, currency, locale),
        high: formatMoneyShort(range.high.amount, currency, locale),
      })}{' '}
      <KielEditionLine edition={edition} />
    </p>
  );
}
