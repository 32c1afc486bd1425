/**
 * What every use case receives: the database and the other side effects, behind small
 * interfaces so that tests can substitute a clock or ids without touching the logic.
 */
import type { Database } from '../store/database.ts';

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

export interface AppContext {
  db: Database;
  clock: Clock;
  log: Logger;
}

export const systemClock: Clock = { now: () => new Date() };

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function createContext(db: Database, options: Partial<Omit<AppContext, 'db'>> = {}): AppContext {
  return { db, clock: options.clock ?? systemClock, log: options.log ?? silentLogger };
}
