// Polarity of a claim: is its main predicate negated? The rule:
// - reported speech: the claim's content is the reported clause ('Lavrov said that North Korea is not ready',
//   'Nordkorea er ikke klar, siger Lavrov'), so a negated reported predicate makes the claim negated, as does a
//   negated verb of saying ('Lavrov did not say that …');
// - a negator in a relative or other subordinate clause that is not the reported content ('the man who did
//   not come', 'selvom han ikke var enig', 'if the talks do not start') does not count;
// - two negators in the main clause cancel ('no reason she shouldn't'); 'nor' carries on an earlier negator;
// - idioms that only look negative ('ikke kun', 'not only', 'ikke desto mindre', 'no later than') do not count;
// - in a claim that is mostly a quotation the quotation is the content; otherwise quoted words are someone
//   else's and do not count.
import type { Span } from '../../types';
import type { NegationRules } from './rules';
import { tokenize } from '../../keys/words';
import type { Token } from '../../keys/token';
import { readSpan } from '../span-text';
import { perWord } from '../../keys/word-memo';

const SENTENCE_END = new Set(['.', '!', '?', ';']);
const QUOTE_OPEN = new Set(['„', '‚']);
const QUOTE_CLOSE = new Set(['”']);
const QUOTE_TOGGLE = new Set(['"', '“', '«', '»']);

interface Clause {
  /** 'end': runs to the end of the sentence; 'comma': to the next comma. */
  until: 'end' | 'comma';
  /** Opened at the first word: no main clause before it to fall back on. */
  atStart: boolean;
  /** Closed by a comma: a main clause follows it. */
  closedByComma: boolean;
  negators: number;
}

export function isNegated(span: Span, rules: NegationRules, claimTokens?: Token[]): boolean {
  const { text } = readSpan(span);
  if (!text.trim()) return false;
  const tokens = claimTokens ?? tokenize(text);
  const quoted = markQuotes(tokens);
  const words = tokens.filter((t) => t.word);
  const quotedWords = words.filter((t) => quoted.has(t)).length;
  // A claim that is mostly a quotation is the quotation; otherwise quoted words are someone else's.
  const keepQuoted = quotedWords * 2 >= words.length;
  const considered = tokens.filter((t) => !QUOTE_TOGGLE.has(t.text) && (quoted.has(t) === keepQuoted || !t.word));
  return mainClauseNegated(considered, rules);
}

function markQuotes(tokens: Token[]): Set<Token> {
  const quoted = new Set<Token>();
  let inside = false;
  for (const t of tokens) {
    if (QUOTE_OPEN.has(t.text)) inside = true;
    else if (QUOTE_CLOSE.has(t.text)) inside = false;
    else if (QUOTE_TOGGLE.has(t.text)) inside = !inside;
    else if (inside) quoted.add(t);
  }
  return quoted;
}

function mainClauseNegated(tokens: Token[], rules: NegationRules): boolean {
  const idioms = idiomWords(rules);
  const lowers = tokens.map((t) => normal(t.text));
  const tags = new Set(tagQuestions(tokens, rules).flat());
  let mainNegators = 0;
  let clause: Clause | undefined;
  const clauses: Clause[] = [];
  let firstWord = true;
  let sentenceStart = 0;
  /** Inside the reported content of the sentence: a further 'that' belongs to it ('said he is sure that …'). */
  let reported = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = lowers[i];
    if (!t.word) {
      if (t.text === ',' && clause?.until === 'comma') {
        clause.closedByComma = true;
        clause = undefined;
      }
      if (SENTENCE_END.has(t.text) && !isAbbreviationDot(tokens, i)) {
        clause = undefined;
        firstWord = true;
        sentenceStart = i + 1;
        reported = false;
      }
      continue;
    }
    const idiom = idioms.find((words) => words.every((w, k) => (lowers[i + k] ?? '') === w));
    if (idiom) {
      i += idiom.length - 1;
      firstWord = false;
      continue;
    }
    if (!clause || clause.until === 'comma') {
      const opened = opensClause(tokens, i, lower, rules);
      // The reported clause of a verb of saying is the claim's content: its negators count as the main ones.
      const reports =
        opened === 'reported' ||
        (opened === 'complement' && (reported || reportingVerbBefore(tokens, i, sentenceStart, rules)));
      if (reports && !clause) {
        reported = true;
        firstWord = false;
        continue;
      }
      const until = opened === 'complement' ? 'end' : opened === 'subordinate' ? 'comma' : undefined;
      if (until && (!clause || until === 'end')) {
        clause = { until, atStart: firstWord, closedByComma: false, negators: 0 };
        clauses.push(clause);
        firstWord = false;
        continue;
      }
    }
    firstWord = false;
    if (!isNegator(lower, rules) || tags.has(t)) continue;
    // 'neither … nor', 'not … nor': the second word carries on the first negation.
    if (lower === 'nor' && (clause ? clause.negators : mainNegators) > 0) continue;
    if (clause) clause.negators++;
    else mainNegators++;
  }
  // Two negators in one main clause cancel ('there was no reason she shouldn't', 'ingen kan ikke se det').
  if (mainNegators === 2) return false;
  if (mainNegators > 0) return true;
  // A sentence that opens with a subordinator and never closes it ('That is not true') has no other main clause.
  return clauses.some((c) => c.atStart && !c.closedByComma && c.negators > 0);
}

/** The most words a tag question has after its comma: "isn't it", 'ikke sandt', 'gør du ikke'. */
const TAG_WORDS = 3;

/**
 * Tag questions: a comma, at most three words with a negating one among them, and a question mark that ends the
 * sentence ("That's better, isn't it?", 'Det er bedre, ikke sandt?', 'Du kommer, gør du ikke?'). They ask for
 * agreement and negate nothing. Each as its words.
 */
export function tagQuestions(tokens: Token[], rules: NegationRules): Token[][] {
  const out: Token[][] = [];
  tokens.forEach((t, i) => {
    if (t.text !== '?') return;
    let k = i - 1;
    while (k >= 0 && tokens[k].word && i - k <= TAG_WORDS) k--;
    if (k < 0 || tokens[k].text !== ',' || k === i - 1) return;
    const tag = tokens.slice(k + 1, i);
    if (tag.some((w) => isNegator(w.text, rules))) out.push(tag);
  });
  return out;
}

/** Words a complementiser may stand after and still report speech: 'said that', 'told reporters that'. */
const REPORT_REACH = 5;

/** A verb of saying shortly before token i, in the same sentence ('sagde til Reuters, at'). */
function reportingVerbBefore(tokens: Token[], i: number, from: number, rules: NegationRules): boolean {
  let words = 0;
  for (let k = i - 1; k >= from && words < REPORT_REACH; k--) {
    if (!tokens[k].word) continue;
    words++;
    if (rules.reportingVerbs.includes(normal(tokens[k].text))) return true;
  }
  return false;
}

/** A dot inside or before lowercase text is an abbreviation's ('f.eks. ved', 'e.g. by'), not a sentence end. */
function isAbbreviationDot(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].text === '.' && next !== undefined && (next.start === tokens[i].end || /^\p{Ll}/u.test(next.text));
}

/**
 * What the word at i opens: a complement clause ('that', 'at'; to the end of the sentence), the clause a verb
 * of saying reports without a complementiser ('said he would not'), or a subordinate clause (to the next comma).
 */
function opensClause(
  tokens: Token[],
  i: number,
  lower: string,
  rules: NegationRules,
): 'complement' | 'reported' | 'subordinate' | undefined {
  const previous = tokens[i - 1];
  const before = previous?.word ? previous.text.toLowerCase() : '';
  if (rules.complementisers.includes(lower) && !rules.complementiserNotAfter.includes(before)) return 'complement';
  if (rules.reportingVerbs.includes(lower)) {
    // 'said he would not' reports a clause; 'said nothing', 'told no one' negate the saying itself.
    const next = tokens[i + 1];
    if (next?.word && !isNegator(next.text, rules)) return 'reported';
  }
  if (rules.subordinators.includes(lower)) return 'subordinate';
  if (previous?.text === ',' && rules.subordinatorsAfterComma.includes(lower)) return 'subordinate';
  return undefined;
}

const idiomsByRules = new WeakMap<NegationRules, string[][]>();

/** The pack's idioms as lists of lowercase words, made once per pack. */
export function idiomWords(rules: NegationRules): string[][] {
  let idioms = idiomsByRules.get(rules);
  if (!idioms) {
    idioms = rules.idioms.map((i) => i.toLowerCase().split(/\s+/).filter(Boolean));
    idiomsByRules.set(rules, idioms);
  }
  return idioms;
}

function normal(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Whether a word negates: one of the pack's negators, or a negating ending ("didn't"). Any case, ’ or '. */
export function isNegator(word: string, rules: NegationRules): boolean {
  let test = negatorTests.get(rules);
  if (!test) {
    test = perWord((w) => {
      const lower = normal(w);
      if (rules.negators.includes(lower)) return true;
      return rules.negatingEndings.some((e) => lower.length > e.length && lower.endsWith(e.replace(/’/g, "'")));
    });
    negatorTests.set(rules, test);
  }
  return test(word);
}

const negatorTests = new WeakMap<NegationRules, (word: string) => boolean>();
