// The language registry: look packs up by code, detect a language, register new packs.
import { ClaimdiffInputError } from '../errors';
import type { LanguagePack } from './types';
import { da } from './da';
import { en } from './en';

const packs = new Map<string, LanguagePack>([
  ['da', da],
  ['en', en],
]);

export type { LanguagePack };

/** Adds (or replaces) a language pack; a new language needs nothing else. */
export function registerLanguage(pack: LanguagePack): void {
  packs.set(pack.code, pack);
}

export function supportedLanguages(): string[] {
  return [...packs.keys()];
}

/** The pack for a BCP-47 code ('da', 'da-DK', 'EN'); throws a clear error for codes it does not know. */
export function getLanguagePack(code: string): LanguagePack {
  const primary = String(code).trim().toLowerCase().split(/[-_]/)[0];
  const pack = packs.get(primary);
  if (!pack) {
    throw new ClaimdiffInputError(
      `Unknown language code "${code}": supported languages are ${supportedLanguages().join(', ')}.`,
      'ERR_LANGUAGE_UNSUPPORTED',
    );
  }
  return pack;
}

/**
 * Guesses the language from the share of each pack's common words in the text.
 * Returns undefined when no pack's words make up a clear share of it.
 */
export function detectLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 2000) ?? [];
  if (words.length === 0) return undefined;
  let best: { code: string; share: number } | undefined;
  let second = 0;
  for (const pack of packs.values()) {
    const common = new Set(pack.text.commonWords);
    const share = words.filter((w) => common.has(w)).length / words.length;
    if (!best || share > best.share) {
      second = best?.share ?? 0;
      best = { code: pack.code, share };
    } else if (share > second) second = share;
  }
  if (!best || best.share < 0.08 || best.share < second * 1.3) return undefined;
  return best.code;
}
