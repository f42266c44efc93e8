// Roles and titles as spans, without the person they describe: what the entities stage needs to tell a title from a
// name, and what the role stage (index.ts) gives a person.
import type { RoleFacet, Span } from '../../types';
import type { NameRules } from '../names/rules';
import { longestFrom, lookUp, nameIndex } from '../names/gazetteer';
import { tokenize } from '../../keys/words';
import type { Token } from '../../keys/token';
import { readSpan } from '../span-text';

interface RoleIndex {
  /** First word → phrases starting with it (lowercase words), longest first. */
  byFirstWord: Map<string, Array<{ words: string[]; key: string; notBefore?: string[]; notAfter?: string[] }>>;
  /** Single-word roles, longest first: the heads a Danish compound may end with. */
  heads: Array<{ word: string; key: string }>;
  endings: string[];
}

const cache = new WeakMap<NameRules, RoleIndex>();
const POSSESSIVE = /['’]s?$/;

/**
 * Roles without their person, article offsets: what the entities stage needs to tell a title from a name, and what
 * the role stage gives a person. `tokens` is the claim's cut into words, when the caller keeps it.
 */
export function findRoleSpans(span: Span, rules: NameRules, tokens?: Token[]): RoleFacet[] {
  const { text, offset } = readSpan(span);
  if (!text) return [];
  return readRoleSpans(text, rules, tokens ?? tokenize(text)).map((r) => ({ ...r, start: r.start + offset, end: r.end + offset }));
}

function readRoleSpans(text: string, rules: NameRules, tokens: Token[]): RoleFacet[] {
  const index = roleIndex(rules);
  const out: RoleFacet[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = tokens[i].word ? matchRole(text, tokens, i, index, rules) : undefined;
    if (!found || insideKnownName(tokens, i, found.next - 1, rules)) {
      i++;
      continue;
    }
    const { start, end, key } = found;
    out.push({ text: text.slice(start, end), start, end, key });
    i = found.next;
  }
  return out;
}

function matchRole(
  text: string,
  tokens: Token[],
  i: number,
  index: RoleIndex,
  rules: NameRules,
): { start: number; end: number; key: string; next: number } | undefined {
  const first = tokens[i].text.toLowerCase().replace(POSSESSIVE, '');
  const candidates = index.byFirstWord.get(first) ?? index.byFirstWord.get(stem(first, index)) ?? [];
  for (const { words, key, notBefore, notAfter } of candidates) {
    const last = i + words.length - 1;
    if (last >= tokens.length) continue;
    if (notBefore?.includes(tokens[last + 1]?.text.toLowerCase())) continue;
    if (i > 0 && notAfter?.includes(tokens[i - 1].text.toLowerCase())) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = tokens[i + k];
      if (!tok.word || (k > 0 && !/^[ \t\u00a0]+$/.test(text.slice(tokens[i + k - 1].end, tok.start)))) ok = false;
      else {
        const lower = tok.text.toLowerCase().replace(POSSESSIVE, '');
        ok = k === words.length - 1 ? lower === words[k] || stem(lower, index) === words[k] : lower === words[k];
      }
    }
    if (ok) return { start: tokens[i].start, end: endOf(tokens[last]), key, next: last + 1 };
  }
  if (!rules.compounds) return undefined;
  const key = compoundRole(first, index);
  return key === undefined ? undefined : { start: tokens[i].start, end: endOf(tokens[i]), key, next: i + 1 };
}

/** Past this many words the memo of compound roles starts afresh. */
const COMPOUND_MEMO = 50_000;
const compoundRoles = new WeakMap<RoleIndex, Map<string, string | null>>();

/**
 * The role a closed compound ends in: 'klimaministeren' → minister, 'FN-ambassadør' → ambassador. Worked out once
 * per word: every word of a Danish text is tried against every role head.
 */
function compoundRole(word: string, index: RoleIndex): string | undefined {
  let memo = compoundRoles.get(index);
  if (!memo || memo.size >= COMPOUND_MEMO) compoundRoles.set(index, (memo = new Map()));
  let key = word.length > 64 ? undefined : memo.get(word);
  if (key === undefined) {
    key = null;
    for (const ending of ['', ...index.endings]) {
      if (!word.endsWith(ending)) continue;
      const base = word.slice(0, word.length - ending.length);
      const head = index.heads.find((h) => base.endsWith(h.word) && base.length - h.word.length >= 3);
      if (head) {
        key = head.key;
        break;
      }
    }
    memo.set(word, key);
  }
  return key ?? undefined;
}

/** A capitalised role that begins a longer known name is part of that name ('Premier League', 'General Assembly'). */
function insideKnownName(tokens: Token[], first: number, last: number, rules: NameRules): boolean {
  if (!/^\p{Lu}/u.test(tokens[first].text)) return false;
  const names = nameIndex(rules);
  for (let end = Math.min(tokens.length, first + longestFrom(names, tokens[first])) - 1; end > last; end--) {
    if (lookUp(names, tokens.slice(first, end + 1))) return true;
  }
  return false;
}

/** A word's base form when it ends in one of the pack's role endings and the base is a known role word. */
function stem(word: string, index: RoleIndex): string {
  for (const ending of index.endings) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      const base = word.slice(0, -ending.length);
      if (index.byFirstWord.has(base) || index.heads.some((h) => h.word === base)) return base;
    }
  }
  return word;
}

/** Token end without a possessive ending: "minister's" → "minister". */
function endOf(token: Token): number {
  const m = POSSESSIVE.exec(token.text);
  return m && m[0].length < token.text.length ? token.end - m[0].length : token.end;
}

function roleIndex(rules: NameRules): RoleIndex {
  let index = cache.get(rules);
  if (index) return index;
  const byFirstWord = new Map<string, Array<{ words: string[]; key: string; notBefore?: string[]; notAfter?: string[] }>>();
  const heads: Array<{ word: string; key: string }> = [];
  for (const role of rules.roles) {
    for (const name of role.names) {
      const words = name.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = byFirstWord.get(words[0]) ?? [];
      list.push({ words, key: role.key, notBefore: role.notBefore, notAfter: role.notAfter });
      byFirstWord.set(words[0], list);
      if (words.length === 1) heads.push({ word: words[0], key: role.key });
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  heads.sort((a, b) => b.word.length - a.word.length);
  const endings = [...rules.roleEndings].sort((a, b) => b.length - a.length);
  index = { byFirstWord, heads, endings };
  cache.set(rules, index);
  return index;
}
