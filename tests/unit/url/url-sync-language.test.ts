import { afterEach, describe, expect, it } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  rememberedLanguage,
  rememberLanguage,
} from '../../../src/state/url-sync-language';

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

function withStorage(storage: unknown): void {
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
  else Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('rememberedLanguage', () => {
  it.each<[string, unknown, string | null]>([
    ['no storage at all', undefined, null],
    ['storage that throws', throwing, null],
    ['nothing remembered', memoryStorage(), null],
    ['a language', memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'en' }), 'en'],
    ['junk', memoryStorage({ [LANGUAGE_STORAGE_KEY]: '<b>sv</b>' }), null],
  ])('%s -> %s', (_, storage, expected) => {
    withStorage(storage);
    expect(rememberedLanguage()).toBe(expected);
  });
});

describe('rememberLanguage', () => {
  it('writes under klyngekart.language and reads it back', () => {
    const storage = memoryStorage();
    withStorage(storage);
    rememberLanguage('en');
    expect(storage.data.get('klyngekart.language')).toBe('en');
    expect(rememberedLanguage()).toBe('en');
  });

  it('does not throw when storage refuses', () => {
    withStorage(throwing);
    expect(() => rememberLanguage('nb')).not.toThrow();
  });
});
