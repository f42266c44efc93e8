// Possessives and Danish bare genitives at the end of a name: "USA's", 'Nordkoreas', 'Trumps regering'.
import { lookUp, type NameIndex } from './gazetteer';
import type { NameRules } from './rules';
import { isAllCaps, isCapitalised, joinedBySpaces, type Token } from './tokens';
import { splitHyphenated } from './compounds';
import type { Found } from './types';
import type { EntityFacet } from '../../types';
import { foldName } from '../../keys/fold';

/** Lengths of possessive endings that may be cut from a word: "'s", "'" and, for Danish, a bare s. */
export function possessiveCuts(word: string, rules: NameRules): number[] {
  const normal = word.replace(/’/g, "'");
  const cuts = rules.possessives.filter((p) => normal.endsWith(p) && normal.length > p.length).map((p) => p.length);
  if (rules.bareGenitiveS && /\p{L}s$/u.test(word)) cuts.push(1);
  return cuts;
}

/** The name from token first to last with its possessive or genitive ending cut. */
export function withPossessive(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  index: NameIndex,
  rules: NameRules,
): Found {
  if (last > first) {
    const split = splitHyphenated(tokens[last], index, rules); // 'Premier League-kampen'
    if (split) return { first, last, cut: split.cut };
  }
  const tail = tokens[last].text.replace(/’/g, "'");
  const apostrophe = [...rules.possessives]
    .sort((a, b) => b.length - a.length)
    .find((p) => tail.endsWith(p) && tail.length > p.length);
  if (apostrophe) return { first, last, cut: apostrophe.length };
  if (rules.bareGenitiveS && /\p{L}s$/u.test(tail)) {
    // A bare genitive -s is stripped only when the stem is a known name ('Ruslands'); 'Paris' keeps its s.
    const trimmed = { ...tokens[last], text: tokens[last].text.slice(0, -1) };
    const known = lookUp(index, [...tokens.slice(first, last), trimmed]);
    if (known) return { first, last, cut: 1, known };
    if (nounFollows(text, tokens, last, rules) || genitiveBeforeName(text, tokens, last, rules)) {
      return { first, last, cut: 1 };
    }
  }
  return { first, last, cut: 0 };
}

/** The word after token i is a noun of the pack's genitive list ('Trumps regering'); only as written, since
 * stripping plural endings turns verbs into nouns ('tager' → 'tag'). */
function nounFollows(text: string, tokens: Token[], i: number, rules: NameRules): boolean {
  const next = tokens[i + 1];
  if (!rules.genitiveNouns || !next?.word) return false;
  if (!/^[ \t\u00a0]+$/.test(text.slice(tokens[i].end, next.start))) return false;
  const lower = next.text.toLowerCase();
  if (!/^\p{Ll}/u.test(next.text)) return false;
  return rules.genitiveNouns.has(lower);
}

/**
 * A Danish bare genitive that ends one name before another: 'Liverpools Daniel Sturridge', 'Trumps Mike Pence'.
 * A given name ending in s ('Mads Mikkelsen', 'Charles Darwin') is no genitive.
 */
export function genitiveBeforeName(text: string, tokens: Token[], i: number, rules: NameRules): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!rules.bareGenitiveS || !next?.word || !isCapitalised(next.text)) return false;
  // After a consonant (or y) only: Spanish and Greek names end in a vowel and s ('Carlos', 'Marcos').
  if (!/\p{L}[bcdfghjklmnpqrtvwxyz]s$/u.test(token.text) || isAllCaps(token.text)) return false;
  if (rules.givenNames?.has(token.text) || rules.personTitles.includes(token.text.toLowerCase())) return false;
  // The name after it is a person's (a given name, two words) or a compound's head ('Mays Chequers-plan');
  // 'Lloyds Pharmacy', 'Fox News Channel' are one name.
  const after = tokens[i + 2];
  const twoWords = after?.word && isCapitalised(after.text) && joinedBySpaces(text, tokens, i + 1, i + 2);
  if (!rules.givenNames?.has(next.text) && !twoWords && !/[-‐]\p{Ll}/u.test(next.text)) return false;
  return /^[ \t\u00a0]+$/.test(text.slice(token.end, next.start));
}

export function knownGenitive(token: Token, index: NameIndex): boolean {
  return /\p{L}s$/u.test(token.text) && lookUp(index, [{ ...token, text: token.text.slice(0, -1) }]) !== undefined;
}

/** Marks a name whose last word may carry a genitive s glued on, in a language that writes it so ('Ejarias'). */
export function withGenitiveS(e: EntityFacet, rules: NameRules): EntityFacet {
  if (!rules.bareGenitiveS) return e;
  const words = foldName(e.text).split(' ').filter((w) => w.length >= 3);
  const last = words[words.length - 1] ?? '';
  return last.length > 3 && last.endsWith('s') ? { ...e, genitiveS: true } : e;
}
