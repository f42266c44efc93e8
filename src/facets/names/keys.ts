// Language-independent keys for names: folding, transliteration variants, and CLDR country names.
import type { EntityType } from '../../types';
import type { NameRules } from './rules';
import { foldName } from '../../keys/fold';

export { foldName };

/**
 * The key of a name no table knows: the pack's spelling rules (Danish 'tj' → 'ch'), folding, then rules that
 * hold across transliterations: ks → x (Aleksej/Alexei), initial y before a vowel → j (Yevgeny/Jevgenij),
 * y between consonants → i (Yanukovych/-vich), and endings -ej/-ey/-ei → ei, -ij/-iy/-yj/-y → i
 * (Sergej, Dmitrij).
 */
export function nameKey(text: string, rules: NameRules): string {
  let lower = text.toLowerCase();
  for (const [pattern, replacement] of rules.keySpellings) lower = lower.replace(pattern, replacement);
  return foldName(lower)
    .split(' ')
    .map(transliterationVariant)
    .join(' ');
}

function transliterationVariant(word: string): string {
  if (word.length < 3) return word;
  return word
    .replace(/ks/g, 'x')
    .replace(/^y(?=[aeiou])/, 'j')
    .replace(/(?<=[^aeiouy])y(?=[^aeiouy])/g, 'i')
    .replace(/(?:ij|iy|yj|yy|yi|ii)$/, 'i')
    .replace(/([aeou])[jy]$/, '$1i')
    .replace(/(?<=[^aeiouy])y$/, 'i');
}

const REGION_CODES = (() => {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  // Continents and large regions (UN M.49) that news names: Europe, Asia, Africa, Oceania, Latin America…
  return codes.concat(['150', '142', '002', '009', '419', '151', '154', '155', '039', '030', '035', '145']);
})();
/** Region codes that are not places a claim names. */
const SKIP_REGIONS = new Set(['ZZ', 'QO', 'EZ']);

let englishRegionNames: Map<string, string> | undefined;

/** The key of a region code: its English CLDR name, folded ('KP' → 'north korea'). */
export function regionKey(code: string): string | undefined {
  if (!englishRegionNames) {
    englishRegionNames = new Map();
    const names = displayNames('en', 'long');
    for (const c of REGION_CODES) {
      const name = names?.of(c);
      if (name && name !== c) englishRegionNames.set(c, foldName(name));
    }
  }
  return englishRegionNames.get(code.toUpperCase());
}

/** Localised region names → region code, in the long and short styles ('Nordkorea', 'USA', 'Storbritannien'). */
export function regionNames(locale: string): Array<{ name: string; code: string; type: EntityType }> {
  const out: Array<{ name: string; code: string; type: EntityType }> = [];
  for (const style of ['long', 'short'] as const) {
    const names = displayNames(locale, style);
    if (!names) return out;
    for (const code of REGION_CODES) {
      if (SKIP_REGIONS.has(code)) continue;
      const name = names.of(code);
      if (!name || name === code || /[()]/.test(name)) continue;
      out.push({ name, code, type: 'place' });
    }
  }
  return out;
}

function displayNames(locale: string, style: 'long' | 'short'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
  } catch {
    return undefined; // a Node built without full ICU: the hand-written tables still work
  }
}
