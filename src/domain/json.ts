/** What JSON carries of a value: integers of any size as decimal strings, instants as ISO strings. */

/** The type of `jsonSafe(value)` for a value of type T. */
export type Json<T> = T extends bigint | Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

/** bigint → decimal string, Date → ISO string: what JSON can carry exactly. */
export function jsonSafe<T>(value: T): Json<T> {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Json<T>;
}
