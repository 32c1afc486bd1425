/** Why a donor's figures differ from an edition's, worded from the reason's code and figures. */
import type { Reconciliation } from '../../api/types.ts';
import { hasText, type TextKey } from '../../i18n/translate.ts';
import { formatCentsAsBillions, formatDate, formatNumber, type Locale } from '../../lib/format.ts';

export type Reason = Reconciliation['rows'][number]['reasons'][number];

export interface ReasonWords {
  locale: Locale;
  t: (key: TextKey, vars?: Record<string, string | number>) => string;
}

export function reasonText(reason: Reason, { locale, t }: ReasonWords): string {
  const p = reason.params;
  const billions = (value: string | number | undefined) =>
    value === undefined ? '' : formatCentsAsBillions(String(value), locale);
  const number = (value: string | number | undefined) =>
    value === undefined ? '' : formatNumber(value, locale);
  const key =
    reason.code === 'valuation' && p.price_list_eur_minor !== undefined
      ? 'reasonText.valuationPriceList'
      : `reasonText.${reason.code}`;
  // A code this client does not know yet keeps the server's English wording.
  if (!hasText(key)) return reason.text;
  return t(key, {
    ...(typeof p.count === 'number' ? { count: p.count } : {}),
    date: p.date === undefined ? '' : formatDate(String(p.date), locale),
    amount: billions(p.eur_minor),
    priceList: billions(p.price_list_eur_minor),
    vague: number(p.vague),
    unvalued: number(p.unvalued),
  });
}
