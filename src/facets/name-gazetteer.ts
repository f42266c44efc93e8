// The names a pack knows (hand table, CLDR region names, generated gazetteer), compiled once per pack.
import type { EntityType } from '../types';
import type { NameRules } from './name-rules';
import { foldName, regionKey, regionNames } from './name-keys';
import { tokenize, type Token } from './name-tokens';

export interface KnownName {
  key: string;
  type: EntityType;
}

export interface NameIndex {
  /** Phrase (tokens joined by spaces, lowercase) → name; all-capital names are kept in `exact` instead. */
  phrases: Map<string, KnownName>;
  exact: Map<string, KnownName>;
  notNames: Set<string>;
  maxTokens: number;
}

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
  const index: NameIndex = { phrases: new Map(), exact: new Map(), notNames: new Set(), maxTokens: 1 };
  const add = (name: string, known: KnownName) => {
    const tokens = tokenize(name);
    if (tokens.length === 0 || tokens.length > 10) return;
    index.maxTokens = Math.max(index.maxTokens, tokens.length);
    const allCaps = tokens.every((t) => !/\p{Ll}/u.test(t.text));
    const map = allCaps ? index.exact : index.phrases;
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
  for (const entry of rules.gazetteer ?? []) {
    const key = entry.region ? regionKey(entry.region) : entry.key;
    if (!key) continue;
    for (const name of entry.names) add(name, { key: foldName(key), type: entry.type });
  }
  for (const name of rules.notNames) {
    const tokens = tokenize(name);
    index.maxTokens = Math.max(index.maxTokens, tokens.length);
    index.notNames.add(phraseOf(tokens));
  }
  return index;
}

/** Lowercase phrase of tokens, apostrophes unified: the lookup form of a name. */
export function phraseOf(tokens: Token[]): string {
  return joinTokens(tokens).toLowerCase();
}

function joinTokens(tokens: Token[]): string {
  return tokens.map((t) => t.text.replace(/’/g, "'")).join(' ');
}

/** Looks a run of tokens up; `exact` holds all-capital names (US, FN), which must match in capitals. */
export function lookUp(index: NameIndex, tokens: Token[]): KnownName | undefined {
  return index.exact.get(joinTokens(tokens)) ?? index.phrases.get(phraseOf(tokens));
}
