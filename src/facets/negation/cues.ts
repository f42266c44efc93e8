// Where a claim negates, word by word: the negators a report points at, and the words that negate by meaning,
// which a translator may write for the other language's negator. The polarity itself is read in index.ts.
import type { Span } from '../../types';
import type { NameRules } from '../names/rules';
import { isCommonWord } from '../names/words';
import { readSpan } from '../span-text';
import { isNegator } from '.';
import type { NegationRules } from './rules';

const WORD = /[\p{L}'’-]+/gu;
const PLAIN_WORD = /[\p{L}'’]+/gu;

/** Every negating word of the claim, wherever it stands, idioms ('not only', 'ikke kun') left out. */
export function findNegators(span: Span, rules: NegationRules): Span[] {
  const { text, offset } = readSpan(span);
  const words = [...text.matchAll(WORD)];
  const idioms = idiomWords(rules);
  return words
    .filter((m, k) => {
      if (!isNegator(m[0], rules)) return false;
      return !idioms.some((idiom) => idiom.every((w, j) => (words[k + j]?.[0] ?? '').toLowerCase() === w));
    })
    .map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/**
 * The words and phrases of the claim that negate by meaning: one of the pack's ('without', 'declined', 'yet to',
 * 'uden', 'afviste') or a common word with a negative prefix or suffix ('unclear', 'pointless', 'fejlfri').
 */
export function findImplicitNegators(span: Span, rules: NegationRules, names: NameRules): Span[] {
  const { text, offset } = readSpan(span);
  const found = [...text.matchAll(PLAIN_WORD)];
  const words = found.map((m) => m[0].toLowerCase());
  const out: Span[] = [];
  words.forEach((w, k) => {
    const length = isImplicitNegator(w, rules, names) ? 1 : phraseAt(words, k, rules);
    if (length === 0) return;
    const start = found[k].index;
    const end = found[k + length - 1].index + found[k + length - 1][0].length;
    out.push({ text: text.slice(start, end), start: offset + start, end: offset + end });
  });
  return out;
}

const idiomsByRules = new WeakMap<NegationRules, string[][]>();

function idiomWords(rules: NegationRules): string[][] {
  let idioms = idiomsByRules.get(rules);
  if (!idioms) {
    idioms = rules.idioms.map((i) => i.split(/\s+/));
    idiomsByRules.set(rules, idioms);
  }
  return idioms;
}

function isImplicitNegator(word: string, rules: NegationRules, names: NameRules): boolean {
  const listed = rules.implicitNegators.some((entry) =>
    entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : !entry.includes(' ') && word === entry,
  );
  return listed || negativeByForm(word, rules, names);
}

/** The length in words of one of the pack's phrases that negate by meaning ('yet to') starting at word k; or 0. */
function phraseAt(words: string[], k: number, rules: NegationRules): number {
  for (const entry of rules.implicitNegators) {
    const parts = entry.split(' ');
    if (parts.length > 1 && parts.every((p, j) => words[k + j] === p)) return parts.length;
  }
  return 0;
}

/** 'unclear' = 'un' + 'clear', 'håbløs' = 'håb' + 'løs': the rest must be a common word of at least four letters. */
function negativeByForm(word: string, rules: NegationRules, names: NameRules): boolean {
  const rest = (part: string) => part.length >= 4 && isCommonWord(part, names);
  return (
    rules.negativePrefixes.some((p) => word.startsWith(p) && rest(word.slice(p.length))) ||
    rules.negativeSuffixes.some((s) => word.endsWith(s) && rest(word.slice(0, -s.length)))
  );
}
