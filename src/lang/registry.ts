// The language packs claimdiff has, looked up by code.
import { ClaimdiffInputError } from '../errors';
import { primaryLanguage } from './codes';
import { languageName } from './names';
import type { LanguagePack } from './types';
import { da } from './da';
import { en } from './en';

const packs = new Map<string, LanguagePack>([
  ['da', da],
  ['en', en],
]);

/** Adds (or replaces) a language pack; a new language needs nothing else. */
export function registerLanguage(pack: LanguagePack): void {
  packs.set(pack.code, pack);
}

export function supportedLanguages(): string[] {
  return [...packs.keys()];
}

export function languagePacks(): LanguagePack[] {
  return [...packs.values()];
}

/** The pack for a plain BCP-47 code ('da', 'da-DK', 'EN'); throws a clear error for anything else. */
export function getLanguagePack(code: string): LanguagePack {
  const primary = primaryLanguage(code);
  const pack = packs.get(primary);
  if (!pack) {
    const name = languageName(primary);
    const what = name === primary ? `Unknown language code "${code}"` : `No language pack for ${name} ("${code}")`;
    throw new ClaimdiffInputError(
      `${what}: supported languages are ${supportedLanguages().join(', ')}.`,
      'ERR_LANGUAGE_UNSUPPORTED',
    );
  }
  return pack;
}
