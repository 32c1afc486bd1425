/**
 * Checked values of command-line arguments and options. A value that fails here is a usage error:
 * commander reports it on one line naming the option, and the command exits 2 before any work.
 */
import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../domain/dates.ts';

export function calendarDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value))
    throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD');
  return value;
}

export function year(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a year, e.g. 2024');
  return Number(value);
}

export function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

export function positive(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

/** A TCP port; 0 asks the system for a free one. */
export function port(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return Number(value);
}

/** A whole number from 1 to `max`. */
export const atMost =
  (max: number) =>
  (value: string): number => {
    const n = positive(value);
    if (n > max) throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    return n;
  };

/** An amount in major units, as written: digits with an optional decimal part ("500000000", "12.50"). */
export function amount(value: string): string {
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new InvalidArgumentError('expected an amount in major units, e.g. 500000000 or 12.50');
  return value;
}

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): T => {
    if (!values.includes(value as T)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
    return value as T;
  };
