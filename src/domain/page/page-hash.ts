/**
 * Opaque page ids from internal keys: cyrb53 (a fast 53-bit string hash) over the workspace's
 * salt and the key, in base 36. The same salt and key always give the same id, so a link to a
 * selection survives a rebuild or a reload; without the salt an id says nothing about the name,
 * number or file behind it. Not cryptographic: it hides identities from a casual reader of a URL,
 * it does not resist someone who holds the data and the salt (who can see the names anyway).
 */

/** cyrb53 by bryc (public domain): two 32-bit multiplicative hashes mixed into 53 bits. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Length of the hash part of a page id (base 36; 53 bits fit in 11 digits, 10 are plenty). */
export const PAGE_ID_DIGITS = 10;

/**
 * Page ids for a set of keys, each `prefix` + 10 base-36 digits. Keys are taken in sorted order
 * and a collision is resolved by hashing again with a counter, so which key gets the retry does
 * not depend on the order the data came in.
 */
export function pageIds(prefix: string, salt: string, keys: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const key of sorted) {
    let id = '';
    for (let attempt = 0; id === '' || taken.has(id); attempt++) {
      const input = attempt === 0 ? `${salt}\u0000${key}` : `${salt}\u0000${key}\u0000${attempt}`;
      id = prefix + cyrb53(input).toString(36).padStart(PAGE_ID_DIGITS, '0').slice(-PAGE_ID_DIGITS);
    }
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}

/** A salt for a workspace stored without one: derived from its id, so it stays the same. */
export function fallbackSalt(workspaceId: string): string {
  return cyrb53(`klyngekart-salt\u0000${workspaceId}`).toString(36);
}

/** A fresh random salt for a new workspace. */
export function randomSalt(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}
