// Where a claim negates, word by word: the negators a report points at, and the words that negate by meaning,
// which a translator may write for the other language's negator. The polarity itself is read in index.ts.
import type { NegatingIdiom, Span } from '../../types';
import type { NameRules } from '../names/rules';
import { tokenize } from '../../keys/words';
import type { Token } from '../../keys/token';
import { isCommonWord } from '../names/words';
import { readSpan } from '../span-text';
import { matchAt } from '../../text/words';
import { idiomWords, isNegator, tagQuestions } from '.';
import type { NegationRules } from './rules';
import { perWord } from '../../keys/word-memo';

/**
 * Every negating word of the claim, wherever it stands, apart by idiom: `negators` leaves out those of idioms that
 * do not negate ('not only', 'ikke kun', a tag question), and `idioms` gives those idioms, each with its negating
 * word, which the other language may render word for word with a plain negator ('ikke sandt' / 'is not true').
 */
export function findNegatingWords(
  span: Span,
  rules: NegationRules,
  tokens?: Token[],
): { negators: Span[]; idioms: NegatingIdiom[] } {
  const { text, words, offset, all } = wordTokens(span, tokens);
  const idioms = idiomsIn(words, all, rules);
  const inIdiom = new Set(idioms.flat());
  return {
    negators: words.filter((t) => !inIdiom.has(t) && isNegator(t.text, rules)).map((t) => spanOf(text, offset, t, t)),
    idioms: idioms.flatMap((idiom) => {
      const negator = idiom.find((w) => isNegator(w.text, rules));
      return negator ? [{ ...spanOf(text, offset, idiom[0], idiom[idiom.length - 1]), negator: spanOf(text, offset, negator, negator) }] : [];
    }),
  };
}

/** The pack's idioms found among the words, and the tag questions ("isn't it?"), each as its words. */
function idiomsIn(words: Token[], all: Token[], rules: NegationRules): Token[][] {
  const idioms = idiomWords(rules);
  const listed = words.flatMap((_, k) =>
    idioms.filter((idiom) => idiom.every((w, j) => words[k + j]?.lower === w)).map((idiom) => words.slice(k, k + idiom.length)),
  );
  const seen = new Set(listed.flat());
  return [...listed, ...tagQuestions(all, rules).filter((tag) => !tag.some((w) => seen.has(w)))];
}

function spanOf(text: string, offset: number, first: Token, last: Token): Span {
  return { text: text.slice(first.start, last.end), start: offset + first.start, end: offset + last.end };
}

/**
 * The words and phrases of the claim that negate by meaning: one of the pack's ('without', 'declined', 'yet to',
 * 'uden', 'afviste') or a common word with a negative prefix or suffix ('unclear', 'pointless', 'fejlfri').
 */
export function findImplicitNegators(span: Span, rules: NegationRules, names: NameRules, tokens?: Token[]): Span[] {
  const { text, words, offset } = wordTokens(span, tokens);
  const implicit = implicitTest(rules, names);
  const out: Span[] = [];
  words.forEach((t, k) => {
    // A phrase of the pack's ('yet to', 'i stedet for'): its single-word and wildcard entries never match here.
    const length = implicit(t.lower) ? 1 : matchAt(words, k, rules.implicitNegators);
    if (!length) return;
    const end = words[k + length - 1].end;
    out.push({ text: text.slice(t.start, end), start: offset + t.start, end: offset + end });
  });
  return out;
}

function wordTokens(span: Span, tokens?: Token[]): { text: string; words: Token[]; all: Token[]; offset: number } {
  const { text, offset } = readSpan(span);
  const all = tokens ?? tokenize(text);
  return { text, words: all.filter((t) => t.word), all, offset };
}

const implicitTests = new WeakMap<NegationRules, WeakMap<NameRules, (lower: string) => boolean>>();

/** Whether a lower-case word negates by meaning, worked out once per word and pack. */
function implicitTest(rules: NegationRules, names: NameRules): (lower: string) => boolean {
  let byNames = implicitTests.get(rules);
  if (!byNames) implicitTests.set(rules, (byNames = new WeakMap()));
  let test = byNames.get(names);
  if (!test) {
    test = perWord((w) => isImplicitNegator(w, rules, names));
    byNames.set(names, test);
  }
  return test;
}

function isImplicitNegator(word: string, rules: NegationRules, names: NameRules): boolean {
  const listed = rules.implicitNegators.some((entry) =>
    entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : !entry.includes(' ') && word === entry,
  );
  return listed || negativeByForm(word, rules, names);
}

/**
 * 'unclear' = 'un' + 'clear', 'håbløs' = 'håb' + 'løs', 'non-food' = 'non' + 'food' (a hyphen may join them): the
 * rest must be a common word of at least four letters.
 */
function negativeByForm(word: string, rules: NegationRules, names: NameRules): boolean {
  const rest = (part: string) => {
    const bare = part.replace(/^-|-$/g, '');
    return bare.length >= 4 && isCommonWord(bare, names);
  };
  return (
    rules.negativePrefixes.some((p) => word.startsWith(p) && rest(word.slice(p.length))) ||
    rules.negativeSuffixes.some((s) => word.endsWith(s) && rest(word.slice(0, -s.length)))
  );
}
