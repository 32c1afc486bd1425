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

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): T => {
    if (!values.includes(value as T)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
    return value as T;
  };
