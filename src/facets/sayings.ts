// Verbs of saying and 'according to' phrases: a claim that holds one reports someone's word, even when it names
// no one ('it was said', 'ifølge kilder').
import type { Span } from '../types';
import { tokenize } from '../keys/words';
import type { Token } from '../keys/token';
import { readSpan } from './span-text';
import { matchAt } from '../text/words';

/** What the sayings read of a pack's text rules: verbs of saying and 'according to' phrases. */
export interface SayingRules {
  reportingVerbs: readonly string[];
  accordingTo: readonly string[];
}

/** The pack's reporting verbs and 'according to' phrases written in the claim, as whole words. */
export function findSayings(span: Span, rules: SayingRules, tokens?: Token[]): Span[] {
  const { text, offset } = readSpan(span);
  const words = (tokens ?? tokenize(text)).filter((t) => t.word);
  const out: Span[] = [];
  words.forEach((t, k) => {
    const length = Math.max(matchAt(words, k, rules.reportingVerbs), matchAt(words, k, rules.accordingTo));
    if (!length) return;
    const end = words[k + length - 1].end;
    out.push({ text: text.slice(t.start, end), start: offset + t.start, end: offset + end });
  });
  return out;
}
