/**
 * Objects keyed by text from files, for the JSON contract (`metrics.organisations[name]`,
 * `clusters[].counties`): inside the domain such keys live in Maps, but the analysis document is
 * an object. A name such as "__proto__", "constructor" or "toString" must become an ordinary own
 * key: plain assignment (`record[name] = v`) would set the prototype or read an inherited
 * function instead. These records have no prototype and define every key as an own property, so
 * `JSON.stringify` emits a "__proto__" key like any other.
 */

/** A record from entries, every key an own, enumerable, writable property. */
export function nameRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) {
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}

/** The value stored under `key` as the record's own property; never an inherited one. */
export function ownValue<V>(
  record: Readonly<Record<string, V>> | undefined,
  key: string,
): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
