// Compounds that hold a name: closed ('Yunnanprovinsen', 'højesteretsnominerede') or hyphenated ('FN-ambassadør').
import type { KnownName, NameIndex } from './gazetteer';
import { isNotName, lookUp, lookUpLowercase } from './gazetteer';
import type { NameRules } from './rules';
import { isAllCaps, type Token } from './tokens';
import { tokenize } from '../../keys/words';
import { isCommonWord } from './words';

/**
 * A closed compound whose first part is a known name and whose rest is a common word: 'Yunnanprovinsen',
 * 'Koreakrigen', lowercase 'højesteretsnominerede'. The name is the first part, linking s aside.
 */
export function compoundHead(tok: Token, index: NameIndex, rules: NameRules): { cut: number; known: KnownName } | undefined {
  const word = tok.text;
  // A run of letters longer than any compound is none (and would cost the square of its length here).
  if (word.length < 9 || word.length > 64 || !/^\p{L}+$/u.test(word)) return undefined;
  for (let k = word.length - 4; k >= 4; k--) {
    const tail = word.slice(k);
    if (!isCommonWord(tail, rules)) continue;
    for (const head of /s$/.test(word.slice(0, k)) ? [word.slice(0, k - 1), word.slice(0, k)] : [word.slice(0, k)]) {
      const part = [{ ...tok, text: head }];
      // A lowercase word opens only with a name written in lowercase, and not a short one ('inderbanen').
      const lower = !/^\p{Lu}/u.test(word);
      const known = lower
        ? head.length >= 6 ? lookUpLowercase(index, part) : undefined
        : (lookUp(index, part) ?? lookUpLowercase(index, part));
      if (known && !isNotName(index, part)) return { cut: word.length - head.length, known };
    }
  }
  return undefined;
}

/**
 * A closed compound of a point of the compass and a place's name: 'Nordsyrien', 'Østukraine'. It names the place
 * (its key), as 'northern Syria' does; which part of it is not compared.
 */
export function compassCompound(tok: Token, index: NameIndex, rules: NameRules): KnownName | undefined {
  const lower = tok.text.toLowerCase();
  const prefix = rules.compassPrefixes.find((p) => lower.startsWith(p) && lower.length - p.length >= 4);
  if (!prefix) return undefined;
  const rest = tok.text.slice(prefix.length);
  const known = lookUp(index, [{ ...tok, text: rest[0].toUpperCase() + rest.slice(1) }]);
  return known?.type === 'place' ? known : undefined;
}

/**
 * A hyphenated word with a lowercase tail: 'Ukraine-spørgsmålet', 'FN-ambassadør', 'Pyongyang-based'.
 * Returns the capitalised head as the name (null when the head is not a name), or undefined for a name that
 * merely contains a hyphen ('Jong-un').
 */
export function splitHyphenated(
  tok: Token,
  index: NameIndex,
  rules: NameRules,
): { cut: number; known?: KnownName } | null | undefined {
  const parts = tok.text.split(/[-‐]/);
  const k = parts.findIndex((p, n) => n > 0 && /^\p{Ll}/u.test(p));
  if (k < 1) return undefined;
  const head = parts.slice(0, k).join('-');
  const tail = parts.slice(k).join('-');
  const cut = tok.text.length - head.length;
  const headTokens = tokenize(head);
  if (isNotName(index, headTokens)) return null;
  const known = lookUp(index, headTokens);
  if (known) return { cut, known };
  // In a closed-compound language a name joins a word only by a hyphen: 'Rosenberg-parret', 'Trump-showets'.
  const compound = rules.compounds && tail.length >= 5;
  if (isAllCaps(head) || compound || (tail.length >= 3 && isCommonWord(tail, rules))) return { cut };
  return undefined;
}
