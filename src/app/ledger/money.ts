/** Money between the interchange shape (major units, as written by sources) and storage (minor units). */
import { AppError } from '../../domain/errors.ts';
import type { Qualifier } from '../../domain/ledger/vocabulary.ts';
import { formatMajor, normaliseCurrency, parseMoney } from '../../domain/money/money.ts';
import type { MoneyOutput } from './fields.ts';

export interface StoredMoney {
  minor: bigint | null;
  currency: string;
  qualifier: Qualifier;
}

export function toStoredMoney(
  input: { amount: string | null; currency: string; qualifier?: Qualifier | undefined },
  field: string,
): StoredMoney {
  try {
    const currency = normaliseCurrency(input.currency, `${field}.currency`);
    const qualifier = input.qualifier ?? (input.amount === null ? 'vague' : 'exact');
    return {
      minor: input.amount === null ? null : parseMoney(input.amount, currency).amount,
      currency,
      qualifier,
    };
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError(error.code, `${field}: ${error.message}`, {
        issues: [{ field, message: error.message }],
      });
    }
    throw error;
  }
}

export function toMoneyOutput(minor: bigint | null, currency: string, qualifier: string): MoneyOutput {
  return {
    amount: minor === null ? null : formatMajor({ amount: minor, currency }),
    amount_minor: minor === null ? null : minor.toString(),
    currency,
    qualifier,
  };
}

export interface StoredAlt {
  amount_minor: string | null;
  currency: string;
  qualifier: Qualifier;
  label?: string;
}

export function toStoredAlts(
  alts:
    | readonly {
        amount: string | null;
        currency: string;
        qualifier?: Qualifier | undefined;
        label?: string | undefined;
      }[]
    | undefined,
  field: string,
): StoredAlt[] {
  return (alts ?? []).map((alt, i) => {
    const m = toStoredMoney(alt, `${field}.${i}`);
    return {
      amount_minor: m.minor === null ? null : m.minor.toString(),
      currency: m.currency,
      qualifier: m.qualifier,
      ...(alt.label ? { label: alt.label } : {}),
    };
  });
}

export function fromStoredAlts(alts: readonly StoredAlt[]) {
  return alts.map((a) => ({
    amount: toMoneyOutput(a.amount_minor === null ? null : BigInt(a.amount_minor), a.currency, a.qualifier)
      .amount,
    currency: a.currency,
    qualifier: a.qualifier,
    ...(a.label ? { label: a.label } : {}),
  }));
}
