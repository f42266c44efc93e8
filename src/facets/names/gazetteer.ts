// The names a pack knows (hand table, CLDR region names, generated gazetteer), compiled once per pack.
import type { EntityType } from '../../types';
import type { NameRules } from './rules';
import { regionKey, regionNames } from './keys';
import { foldName } from '../../keys/fold';
import { type Token } from './tokens';
import { tokenize } from '../../keys/words';

export interface KnownName {
  key: string;
  type: EntityType;
}

export interface NameIndex {
  /** Phrase (tokens joined by spaces, lowercase) → name; all-capital names are kept in `exact` instead. */
  phrases: Map<string, KnownName>;
  exact: Map<string, KnownName>;
  /** Names written in lowercase in the tables ('højesteret', 'russisk'): matched in lowercase text too. */
  lower: Map<string, KnownName>;
  /** Endings a lowercase name may carry ('russisk' + 'e'), longest first. */
  lowerEndings: string[];
  notNames: Set<string>;
  /** All-capital words that are not names, matched in capitals only (currency codes: 'USD', but 'Bob'). */
  notNamesExact: Set<string>;
  /** The first word of every key (lowercase, apostrophes unified) → the most tokens a key starting with it has. */
  longestFrom: Map<string, number>;
}

/** Codes that read alike in every language and are units, not names: currencies (USD, GBP), time zones. */
const CODES = [
  ...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'GBP']),
  ...'GMT UTC BST CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT'.split(' '),
];

const cache = new WeakMap<NameRules, NameIndex>();

export function nameIndex(rules: NameRules): NameIndex {
  let index = cache.get(rules);
  if (!index) {
    index = buildIndex(rules);
    cache.set(rules, index);
  }
  return index;
}

function buildIndex(rules: NameRules): NameIndex {
  const lowerEndings = [...(rules.lowercaseEndings ?? [])].sort((a, b) => b.length - a.length);
  const index: NameIndex = {
    phrases: new Map(),
    exact: new Map(),
    lower: new Map(),
    lowerEndings,
    notNames: new Set(),
    notNamesExact: new Set(CODES),
    longestFrom: new Map(),
  };
  const reach = (tokens: Token[]) => {
    const first = phraseOf(tokens.slice(0, 1));
    index.longestFrom.set(first, Math.max(index.longestFrom.get(first) ?? 1, tokens.length));
  };
  const add = (name: string, known: KnownName) => {
    const tokens = tokenize(name);
    if (tokens.length === 0 || tokens.length > 10) return;
    reach(tokens);
    const allCaps = tokens.every((t) => !/\p{Ll}/u.test(t.text));
    const lowercase = tokens.every((t) => !/\p{Lu}/u.test(t.text));
    const map = allCaps ? index.exact : lowercase ? index.lower : index.phrases;
    const phrase = allCaps ? joinTokens(tokens) : phraseOf(tokens);
    if (!map.has(phrase)) map.set(phrase, known); // earlier sources win
  };
  for (const entry of rules.known) {
    const key = entry.region ? regionKey(entry.region) : entry.key;
    if (!key) continue;
    for (const name of entry.names) add(name, { key, type: entry.type });
  }
  for (const { name, code, type } of regionNames(rules.locale)) {
    const key = regionKey(code);
    if (key) add(name, { key, type });
  }
  for (const entry of [...(rules.gazetteer ?? []), ...(rules.demonyms ?? [])]) {
    const key = entry.region ? regionKey(entry.region) : entry.key;
    if (!key) continue;
    for (const name of entry.names) add(name, { key: foldName(key), type: entry.type });
  }
  for (const name of rules.notNames) {
    const tokens = tokenize(name);
    if (tokens.length === 0) continue;
    reach(tokens);
    if (tokens.length === 1 && /^\p{Lu}{2,}$/u.test(name)) index.notNamesExact.add(name);
    else index.notNames.add(phraseOf(tokens));
  }
  return index;
}

/**
 * The most tokens a name or not-name starting at `first` can span in the tables: 1 for a word no longer key starts
 * with. Lookups from a token try no longer runs, so a run of capitals ('A A A …') costs one lookup a token.
 */
export function longestFrom(index: NameIndex, first: Token): number {
  return index.longestFrom.get(phraseOf([first])) ?? 1;
}

/** Lowercase phrase of tokens, apostrophes unified: the lookup form of a name. */
export function phraseOf(tokens: Token[]): string {
  return joinTokens(tokens).toLowerCase();
}

function joinTokens(tokens: Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    out += (i > 0 ? ' ' : '') + (text.includes('’') ? text.replace(/’/g, "'") : text);
  }
  return out;
}

/** The length in tokens of a table's longest key and the first words of its keys of two tokens or more. */
interface KeyShape {
  maxTokens: number;
  firstWords: Set<string>;
}

const shapes = new WeakMap<Map<string, unknown> | Set<string>, KeyShape>();

function shapeOf(keys: Map<string, unknown> | Set<string>): KeyShape {
  let shape = shapes.get(keys);
  if (!shape) {
    shape = { maxTokens: 1, firstWords: new Set() };
    for (const key of keys.keys()) {
      const words = key.split(' ');
      shape.maxTokens = Math.max(shape.maxTokens, words.length);
      if (words.length > 1) shape.firstWords.add(words[0]);
    }
    shapes.set(keys, shape);
  }
  return shape;
}

/**
 * Whether a table may hold a run of two tokens or more, judged before its phrase is built: no longer than its
 * longest key, and starting with the first word of one. (A run's last word may be trimmed by the callers, its
 * first never; a single token is always looked up.)
 */
function mayHold(keys: Map<string, unknown> | Set<string>, tokens: Token[], lower: boolean): boolean {
  if (tokens.length < 2) return true;
  const shape = shapeOf(keys);
  if (tokens.length > shape.maxTokens) return false;
  const first = joinTokens(tokens.slice(0, 1));
  return shape.firstWords.has(lower ? first.toLowerCase() : first);
}

/** Looks a run of tokens up; `exact` holds all-capital names (US, FN), which must match in capitals. */
export function lookUp(index: NameIndex, tokens: Token[]): KnownName | undefined {
  return (
    (mayHold(index.exact, tokens, false) ? index.exact.get(joinTokens(tokens)) : undefined) ??
    (mayHold(index.phrases, tokens, true) ? index.phrases.get(phraseOf(tokens)) : undefined)
  );
}

/** True when the tokens are a phrase that is not a name ('North Korean', 'USD'); a possessive or plural s aside. */
export function isNotName(index: NameIndex, tokens: Token[]): boolean {
  // An apostrophe ending goes first: "PhD's", Danish "PhD'er".
  const last = tokens[tokens.length - 1];
  if (last && /^[^'’]+['’]\p{L}+$/u.test(last.text)) {
    tokens = [...tokens.slice(0, -1), { ...last, text: last.text.replace(/['’]\p{L}+$/u, '') }];
  }
  if (mayHold(index.notNamesExact, tokens, false)) {
    const exact = joinTokens(tokens).replace(/'?s$/, '');
    if (index.notNamesExact.has(joinTokens(tokens)) || index.notNamesExact.has(exact)) return true;
  }
  if (!mayHold(index.notNames, tokens, true)) return false;
  const phrase = phraseOf(tokens).replace(/'s?$/, '');
  return index.notNames.has(phrase) || index.notNames.has(phrase.replace(/s$/, ''));
}

/** Looks a run of tokens up among the names written in lowercase, the last word maybe inflected ('russiske'). */
export function lookUpLowercase(index: NameIndex, tokens: Token[]): KnownName | undefined {
  if (index.lower.size === 0 || !mayHold(index.lower, tokens, true)) return undefined;
  const phrase = phraseOf(tokens);
  const known = index.lower.get(phrase);
  if (known) return known;
  for (const ending of index.lowerEndings) {
    if (phrase.endsWith(ending) && phrase.length - ending.length >= 4) {
      const stem = index.lower.get(phrase.slice(0, -ending.length));
      if (stem) return stem;
    }
  }
  return undefined;
}
