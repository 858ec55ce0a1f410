/**
 * Records keyed by user text (a table key holds the file name, an organisation id may hold a
 * name) without a prototype. On a plain object `record['constructor']` is Object itself and
 * `record['__proto__'] = x` replaces the prototype, so a file named "constructor" or "__proto__"
 * would read a mapping that is not there or lose the one it has. A null-prototype record has only
 * its own keys. Structured clone (postMessage, IndexedDB) gives back plain objects, so each side
 * of such a boundary makes them safe again with `safeRecord`.
 */

export type SafeRecord<T> = Readonly<Record<string, T>>;

/** A null-prototype copy of `source` (an object's own entries, or a list of entries). */
export function safeRecord<T>(
  source: Readonly<Record<string, T>> | Iterable<readonly [string, T]> = [],
): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  const entries: Iterable<readonly [string, T]> =
    Symbol.iterator in Object(source)
      ? (source as Iterable<readonly [string, T]>)
      : Object.entries(source as Readonly<Record<string, T>>);
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The value under `key` if the record has that key itself (never an inherited one). */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string) {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}
