// Where a claim negates, word by word: the negators a report points at, and the words that negate by meaning,
// which a translator may write for the other language's negator. The polarity itself is read in index.ts.
import type { Span } from '../../types';
import type { NameRules } from '../names/rules';
import { tokenize } from '../../keys/words';
import type { Token } from '../../keys/token';
import { isCommonWord } from '../names/words';
import { readSpan } from '../span-text';
import { isNegator } from '.';
import type { NegationRules } from './rules';
import { perWord } from '../word-memo';

/** Every negating word of the claim, wherever it stands, idioms ('not only', 'ikke kun') left out. */
export function findNegators(span: Span, rules: NegationRules, tokens?: Token[]): Span[] {
  const { words, offset } = wordsOf(span, tokens);
  const { idioms } = classes(rules);
  return words
    .filter((t, k) => isNegator(t.text, rules) && !idioms.some((idiom) => idiom.every((w, j) => words[k + j]?.lower === w)))
    .map((t) => ({ text: t.text, start: offset + t.start, end: offset + t.end }));
}

/**
 * The words and phrases of the claim that negate by meaning: one of the pack's ('without', 'declined', 'yet to',
 * 'uden', 'afviste') or a common word with a negative prefix or suffix ('unclear', 'pointless', 'fejlfri').
 */
export function findImplicitNegators(span: Span, rules: NegationRules, names: NameRules, tokens?: Token[]): Span[] {
  const { text, words, offset } = wordsOf(span, tokens);
  const { implicit, phrases } = classes(rules, names);
  const out: Span[] = [];
  words.forEach((t, k) => {
    const length = implicit(t.lower) ? 1 : (phrases.get(t.lower) ?? []).find((p) => p.every((w, j) => words[k + j]?.lower === w))?.length;
    if (!length) return;
    const end = words[k + length - 1].end;
    out.push({ text: text.slice(t.start, end), start: offset + t.start, end: offset + end });
  });
  return out;
}

function wordsOf(span: Span, tokens?: Token[]): { text: string; words: Token[]; offset: number } {
  const { text, offset } = readSpan(span);
  return { text, words: (tokens ?? tokenize(text)).filter((t) => t.word), offset };
}

interface Classes {
  implicit: (lower: string) => boolean;
  idioms: string[][];
  /** Phrases that negate by meaning ('yet to'), by their first word. */
  phrases: Map<string, string[][]>;
}

const byRules = new WeakMap<NegationRules, Map<NameRules | undefined, Classes>>();

/** The pack's word classes for negation, each word's class worked out once and remembered. */
function classes(rules: NegationRules, names?: NameRules): Classes {
  let perNames = byRules.get(rules);
  if (!perNames) byRules.set(rules, (perNames = new Map()));
  let made = perNames.get(names);
  if (!made) {
    const phrases = new Map<string, string[][]>();
    for (const entry of rules.implicitNegators.filter((e) => e.includes(' '))) {
      const parts = entry.split(' ');
      phrases.set(parts[0], [...(phrases.get(parts[0]) ?? []), parts]);
    }
    made = {
      implicit: perWord((w) => (names ? isImplicitNegator(w, rules, names) : false)),
      idioms: rules.idioms.map((i) => i.split(/\s+/)),
      phrases,
    };
    perNames.set(names, made);
  }
  return made;
}

function isImplicitNegator(word: string, rules: NegationRules, names: NameRules): boolean {
  const listed = rules.implicitNegators.some((entry) =>
    entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : !entry.includes(' ') && word === entry,
  );
  return listed || negativeByForm(word, rules, names);
}

/** 'unclear' = 'un' + 'clear', 'håbløs' = 'håb' + 'løs': the rest must be a common word of at least four letters. */
function negativeByForm(word: string, rules: NegationRules, names: NameRules): boolean {
  const rest = (part: string) => part.length >= 4 && isCommonWord(part, names);
  return (
    rules.negativePrefixes.some((p) => word.startsWith(p) && rest(word.slice(p.length))) ||
    rules.negativeSuffixes.some((s) => word.endsWith(s) && rest(word.slice(0, -s.length)))
  );
}
